/**
 * A request body in, the HTTP answer out: 400 with a message for a body that is no usable
 * AdmissionReview, else 200 with the answering AdmissionReview. Pure; never throws.
 */
import type { Injector } from '../inject/types.js';
import { parseAdmissionReview } from './admission.js';
import { reviewAnswer, reviewPod, type ReviewOptions } from './review.js';

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  /** The request log line: namespace/pod and the decision. */
  readonly log: string;
}

export function answerReview(injector: Pick<Injector, 'inject'>, body: string, options: ReviewOptions): HttpAnswer {
  const parsed = parseAdmissionReview(body);
  if (!parsed.ok) return { status: 400, body: `bad AdmissionReview: ${parsed.message}\n`, log: `review refused (400): ${parsed.message}` };
  const outcome = reviewPod(injector, parsed.request, options);
  const answer = reviewAnswer(outcome.response);
  const who = `${outcome.namespace || '<no namespace>'}/${outcome.pod || '<no name>'}`;
  return { status: 200, body: JSON.stringify(answer), log: `review ${JSON.stringify(who)} uid ${JSON.stringify(parsed.request.uid)}: ${outcome.decision}` };
}
