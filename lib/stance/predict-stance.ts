import { getPairFeatures } from './get-pair-features';
import { prepareBodyText, prepareHeadline, type PreparedBodyText, type PreparedHeadline } from './prepare-stance-text';
import { STANCE_LABELS, type StanceLabel, type StanceProbabilities } from './stance-labels';
import { combineStanceProbabilities } from './combine-stance-probabilities';
import { CLASSES, forwardStanceMlp, getBodyHidden, type StanceMlp } from './stance-mlp';
import type { StanceModel } from './stance-model';

/** A body prepared once for many headlines: its text features and each member's body part. */
export interface PreparedStanceBody {
  text: PreparedBodyText;
  hidden: Float32Array[];
  stanceHidden: Float32Array[];
}

/** Prepares a source document once (sentences, TF vectors, cues; ~1 ms for a news story). */
export function prepareStanceBody(model: StanceModel, body: string): PreparedStanceBody {
  const text = prepareBodyText(model.vocabulary, body);
  return {
    text,
    hidden: model.members.map((m) => getBodyHidden(m, text.tf)),
    stanceHidden: model.stanceMembers.map((m) => getBodyHidden(m, text.tf)),
  };
}

/** Prepares a headline (statement) once, when it is compared with many bodies. */
export function prepareStanceHeadline(model: StanceModel, headline: string): PreparedHeadline {
  return prepareHeadline(model.vocabulary, headline);
}

/**
 * The body's stance towards the headline as probabilities of agree / disagree / discuss /
 * unrelated (summing to 1): the member groups' averages combined (combineStanceProbabilities), shifted by the model's validation-tuned class
 * offsets, so the most probable label is the model's decision. Either argument may be text or
 * prepared (prepareStanceHeadline, prepareStanceBody) to share work across pairs.
 */
export function predictStance(
  model: StanceModel,
  headline: string | PreparedHeadline,
  body: string | PreparedStanceBody,
): StanceProbabilities {
  const h = typeof headline === 'string' ? prepareHeadline(model.vocabulary, headline) : headline;
  const b = typeof body === 'string' ? prepareStanceBody(model, body) : body;
  const features = getPairFeatures(h, b.text);
  const average = (members: StanceMlp[], hidden: Float32Array[]) => {
    const mean = new Float64Array(CLASSES);
    const p = new Float64Array(CLASSES);
    members.forEach((m, k) => {
      forwardStanceMlp(m, h.tf, hidden[k]!, features, p);
      for (let c = 0; c < CLASSES; c++) mean[c]! += p[c]! / members.length;
    });
    return mean;
  };
  const mean = combineStanceProbabilities(
    average(model.members, b.hidden),
    model.stanceMembers.length ? average(model.stanceMembers, b.stanceHidden) : null,
  );
  let sum = 0;
  for (let c = 0; c < CLASSES; c++) sum += mean[c] = mean[c]! * Math.exp(model.classOffsets[c] ?? 0);
  return Object.fromEntries(STANCE_LABELS.map((l, c) => [l, mean[c]! / sum])) as StanceProbabilities;
}

/** The most probable stance of a prediction. */
export function getTopStance(p: StanceProbabilities): StanceLabel {
  return STANCE_LABELS.reduce((best, l) => (p[l] > p[best] ? l : best), STANCE_LABELS[0]);
}
