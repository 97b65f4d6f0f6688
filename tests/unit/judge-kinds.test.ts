import { describe, expect, it } from 'vitest';
import { judgePair, type PairContext } from '../../lib/judge-pair';
import { loadPairEngine } from '../../node/load-pair-engine';

const { weights, lexicon } = loadPairEngine();
/** Both articles of one story, published the same day, unless a case says otherwise. */
const sameStory = (date: string, sourceDate = date): PairContext => ({ pageDate: date, sourceDate, lexicon, storySimilarity: 0.4 });

// Each kind of evidence the judge weighs, with cases from several kinds of story (the seed story,
// the Suez blockage, an earthquake, an election, a trial, markets, a derailment), written for
// this table: the stance, and what the reason must name.
describe('the judge on each kind of evidence', () => {
  it.each([
    // a value both give that agrees
    ['same date', 'Putin signed the decree on January 2.', 'The decree was signed by Putin on Jan. 2.', sameStory('2015-01-06'), 'corroborates', /same date: 2 January 2015/],
    ['same place in a series', 'The rescue team reached the 12th floor of the tower.', 'Rescuers reached the 12th floor of the tower on Friday.', sameStory('2023-05-02'), 'corroborates', /same place: twelfth floor/],
    ['same figure, other words', 'Moscow is enlisting between 30,000 and 40,000 people into the army every month.', 'Moscow is currently enlisting around 30,000 to 40,000 new troops each month.', sameStory('2025-03-01'), 'corroborates', /30,000–40,000/],
    // a value both give that differs
    ['different toll', 'The earthquake has killed 1,240 people, officials said.', 'The earthquake has killed 1,480 people, the ministry said.', sameStory('2023-03-15'), 'conflicts', /1,240 people vs 1,480 people/],
    ['different date of one act', 'A decree signed on January 12 allows foreigners to join the army.', 'The decree signed on January 2 allows foreigners to join the army.', sameStory('2015-01-20'), 'conflicts', /12 January 2015 vs 2 January 2015/],
    ['a different place in a series', 'Monday was the ninth day of the rail strike.', 'It was the tenth day of the rail strike, the union said.', sameStory('2023-03-13'), 'conflicts', /ninth day vs tenth day/],
    ['a run of quarterly losses', 'The carmaker reported its fourth consecutive quarterly loss.', 'It was the carmaker\'s fifth straight quarterly loss.', sameStory('2023-10-25'), 'conflicts', /fourth quarterly loss vs fifth quarterly loss/],
    ['different age range', 'The decree allows foreigners aged 20 to 40 to sign up for contracts.', 'The decree allows foreigners aged 18-30 to sign up for contracts.', sameStory('2015-01-20'), 'conflicts', /aged 20–40 vs aged 18–30/],
    // polarity
    ['negation', 'Foreign servicemen will not be allowed to take part in armed conflicts.', 'Foreign servicemen are allowed to take part in armed conflicts.', sameStory('2015-01-20'), 'conflicts', /negated/],
    ['antonym', 'The central bank decided to increase interest rates on Thursday.', 'The central bank decided to reduce interest rates on Thursday.', sameStory('2023-09-14'), 'conflicts', /opposite: 'increase' vs 'reduce'/],
    ['a state overtaken', 'The coastal highway between the two towns remains closed after the flood.', 'The coastal highway between the two towns reopened after the flood on Tuesday.', sameStory('2023-08-30'), 'conflicts', /opposite: 'closed' vs 'reopened'/],
    ['a ruling reversed', 'The appeals court upheld the state ban on the rifles.', 'The appeals court struck down the state ban on the rifles.', sameStory('2023-06-12'), 'conflicts', /opposite/],
    ['going ahead or called off', 'The runoff debate on Sunday will go ahead as planned, organisers said.', 'The runoff debate on Sunday has been postponed, organisers said.', sameStory('2022-12-02'), 'conflicts', /opposite/],
    ['a short denial, said whole', 'Police said no shots had been fired.', 'Two shots were fired outside the court, a witness said.', sameStory('2023-05-02'), 'conflicts', /negated: 'no'/],
    ['a denial said by a kind of its word', 'Three miners were injured when the tunnel roof gave way.', 'No miners have been hurt, the company said.', sameStory('2024-02-20'), 'conflicts', /negated: 'no' in the source/],
    ['a denial with a light verb', 'The inquiry made no findings of fraud.', 'The inquiry found fraud in two of the contracts.', sameStory('2023-11-08'), 'conflicts', /negated: 'no' on the page/],
    ['a litotes confirmed by its plain word', 'Officials said it was not unlikely that the quake toll would rise further.', 'Officials said it was likely that the quake toll would rise further.', sameStory('2023-03-17'), 'corroborates', /same claim in other words: .*'likely'/],
    ['a litotes against its prefixed word', 'Merger-related costs for the telecom group were not insignificant, the finance chief said.', 'Merger-related costs for the telecom group were insignificant, the finance chief said.', sameStory('2023-07-26'), 'conflicts', /opposite: 'significant' vs 'insignificant'/],
    ['a one-word denial covered by any report', 'No one was injured.', 'Three people were injured in a crash in Ohio.', sameStory('2023-11-08'), 'related', /./],
    ['a denial of another thing of a kind', 'There is no sign of oil in the river.', 'There is a sign of diesel in the river.', sameStory('2022-04-11'), 'related', /./],
    ['opposite words carry a short claim', 'Mortgage rates have risen for a third week.', 'Mortgage rates have fallen this month.', sameStory('2023-10-05'), 'conflicts', /opposite: 'risen' vs 'fallen'/],
    ['left unchanged against cut', 'The airline kept its annual profit forecast unchanged.', 'The airline cut its annual profit forecast.', sameStory('2023-07-27'), 'conflicts', /opposite: 'unchanged' vs 'cut'/],
    ['approved against struck down', 'The state supreme court approved the new district map.', 'The state supreme court struck down the new district map.', sameStory('2022-03-03'), 'conflicts', /opposite: 'approved' vs 'struck down'/],
    ['opposite subjects are two parties', 'A man was arrested at the scene of the fire.', 'A woman was arrested at the scene of the fire.', sameStory('2023-08-09'), 'related', /./],
    ['opposite words of two named parties', 'Shares of Boeing rose on Friday.', 'Shares of Airbus fell on Friday.', sameStory('2024-01-12'), 'related', /./],
    ['a side that says both poles', 'The full court reversed the panel ruling and reinstated the curfew.', 'The full court upheld the curfew, overturning the panel ruling.', sameStory('2023-03-30'), 'corroborates', /./],
    ['only against a longer list', 'The recalled kettles were sold in the United States and Canada.', 'The recalled kettles were sold only in the United States.', sameStory('2022-06-01'), 'conflicts', /exclusive claim: 'only in the United States'/],
    ['only against a longer list, page exclusive', 'The strike closed only the port of Vancouver on Saturday.', 'The strike closed the ports of Vancouver, Prince Rupert and Montreal on Saturday.', sameStory('2023-07-02'), 'conflicts', /exclusive claim/],
    ['a list within the only', 'Voting machines failed only in Fulton and Cobb counties on Tuesday.', 'Voting machines failed in Fulton and Cobb counties on Tuesday.', sameStory('2022-12-07'), 'corroborates', /./],
    ['only against all', 'Only citizens of neighbouring countries may join the reserve units.', 'All foreigners may join the reserve units, officials said.', sameStory('2015-01-20'), 'conflicts', /exclusive claim/],
    // a tally of votes: the votes on each side (a court, a senate)
    ['a different tally', 'The full court voted 7-4.', 'The full court voted 8-3 to uphold the ban.', sameStory('2023-06-12'), 'conflicts', /7 votes vs 8 votes; 4 votes vs 3 votes/],
    ['the same tally in other words', 'The Senate voted 52-48 to confirm her.', 'She was confirmed by a vote of 52 to 48.', sameStory('2023-02-07'), 'corroborates', /same number: 52 votes; same number: 48 votes/],
    // a denial joined to another claim: the denial is read up to the end of its own clause
    ['a plea denied, with what follows', 'Nadia Ferris, the former operations chief, pleaded guilty and testified against Kessler.', 'Ferris pleaded not guilty and will be tried separately next year.', sameStory('2023-05-01'), 'conflicts', /negated: 'not' in the source/],
    ['a rescue denied, with what follows', 'Two miners were rescued from the collapsed shaft on Friday.', 'No miners were rescued and the search was suspended on Friday night.', sameStory('2023-05-01'), 'conflicts', /negated: 'no' in the source/],
    ['a vote denied, with what follows', 'The senator voted for the bill.', 'The senator did not vote for the bill and left the chamber early.', sameStory('2023-05-01'), 'conflicts', /negated: 'not' in the source/],
    // one thing put for another of its kind: the rest of the wording confirms nothing
    ['another kind of building', 'Firefighters saved the barn on the ridge.', 'Firefighters saved the house on the ridge.', sameStory('2023-08-09'), 'related', /similar wording, but 'barn' vs 'house'/],
    ['another kind of home, same count', 'The quake destroyed 40 houses in the old town.', 'The quake destroyed 40 apartments in the old town.', sameStory('2023-02-08'), 'related', /figures cannot be compared/],
    ['another kind of vehicle, same count', 'The flood damaged 300 cars in the county.', 'The flood damaged 300 trucks in the county.', sameStory('2021-07-16'), 'related', /figures cannot be compared/],
    ['one group named by two nouns', 'Among the passengers were 15 foreign nationals.', 'Fifteen of the passengers were foreigners, officials said.', sameStory('2022-10-18'), 'corroborates', /./],
    ['one thing named two ways', 'Protesters set fire to the door of the town hall.', 'Protesters set fire to the door of the city hall.', sameStory('2023-03-24'), 'corroborates', /./],
    ['a unit in other words', 'About 90,000 litres of diesel leaked into the river.', 'Roughly 90 cubic metres of diesel leaked into the river.', sameStory('2022-11-14'), 'corroborates', /./],
    // a time of day (a crash, an election, a strike)
    ['different time of one act', 'The plane crashed at 10:50 a.m.', 'The plane crashed at 3:15 p.m.', sameStory('2022-10-18'), 'conflicts', /different time: 10:50 a\.m\. vs 3:15 p\.m\./],
    ['different time on the same day', 'The plane crashed at 10:50 a.m. on Monday.', 'The plane crashed on Monday evening.', sameStory('2022-10-18'), 'conflicts', /different time: 10:50 a\.m\. vs evening/],
    ['same time in other words', 'The Associated Press called the race at 10:45 p.m. on Tuesday.', 'The Associated Press called the race shortly before 11 p.m. Tuesday.', sameStory('2022-12-07'), 'corroborates', /same time: 10:45 p\.m\. \/ shortly before 11 p\.m\./],
    ['another time on another day', 'Dockworkers walked off the job at 6 a.m. on Monday.', 'Dockworkers walked off the job at 10 p.m. on Tuesday.', sameStory('2023-07-05'), 'conflicts', /different date: 3 July 2023 vs 4 July 2023$/],
    // events first
    ['another act, same verb', 'On July 8, Putin signed a decree letting foreigners serve during mobilization.', 'Back on March 31, Putin signed off on a conscription order for 160,000 men.', sameStory('2025-07-10', '2025-04-02'), 'related', /different events/],
    ['dates months apart', 'The ship ran aground in the canal on March 23.', 'The ship ran aground in the canal on September 4.', sameStory('2021-09-06', '2021-03-25'), 'related', /different events/],
    // wording and time
    ['wording', 'Salvage teams freed the container ship stuck in the Suez Canal on Monday.', 'On Monday salvage teams freed the container ship that was stuck in the Suez Canal.', sameStory('2021-03-29'), 'corroborates', /same claim in other words|same day|same date/],
    ['a rule changed over the years', 'The decree allows foreigners aged 20 to 40 to sign up for service contracts.', 'The decree allows foreigners aged 18-30 to sign up for service contracts.', sameStory('2024-01-10', '2015-01-06'), 'related', /possibly an update/],
  ] as const)('%s', (_, page, source, context, stance, why) => {
    const result = judgePair(page, source, weights, undefined, context);
    expect(result.stance).toBe(stance);
    expect(result.why).toMatch(why);
  });
});
