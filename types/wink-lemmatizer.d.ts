// wink-lemmatizer and wink-lexicon ship no type declarations; we use the lemmatizer's three
// functions and the lexicon's table of WordNet base forms (word → row in its sense table).
declare module 'wink-lemmatizer' {
  const lemmatize: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatize;
}
declare module 'wink-lexicon/src/wn-words.js' {
  const words: Record<string, number>;
  export default words;
}
