/**
 * A request body in, the HTTP answer out: 400 with a message for a body that is no usable
 * AdmissionReview, else 200 with the answering AdmissionReview. Never throws.
 *
 * The replicas of a ReplicaSet reach the webhook as the same Pod (same generateName, labels and
 * spec; only the review's uid differs), so a scale-up of 100 replicas is 100 identical reviews.
 * `reviewAnswerer` remembers the last answers by the request's namespace, operation and object,
 * and answers a repeat without running the engine again (a pure function of the pod, for one
 * configuration).
 */
import type { Injector } from '../inject/types.js';
import { parseAdmissionReview } from './admission.js';
import { reviewAnswer, reviewPod, type ReviewOptions, type ReviewOutcome } from './review.js';

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  /** The request log line: namespace/pod and the decision. */
  readonly log: string;
}

/** How many distinct pods the answerer remembers (least recently used first out). */
export const REVIEW_CACHE_SIZE = 256;

/** Answers review bodies for one injector and options, remembering the last `cacheSize` pods. */
export function reviewAnswerer(injector: Pick<Injector, 'inject'>, options: ReviewOptions, cacheSize = REVIEW_CACHE_SIZE): (body: string) => HttpAnswer {
  const cache = new Map<string, ReviewOutcome>();
  return (body) => {
    const parsed = parseAdmissionReview(body);
    if (!parsed.ok) return { status: 400, body: `bad AdmissionReview: ${parsed.message}\n`, log: `review refused (400): ${parsed.message}` };
    const req = parsed.request;
    const key = cacheSize > 0 ? `${req.namespace}\u0000${req.operation}\u0000${JSON.stringify(req.object)}` : '';
    let outcome = cacheSize > 0 ? cache.get(key) : undefined;
    let decision: string;
    if (outcome) {
      cache.delete(key);
      cache.set(key, outcome);
      decision = `${outcome.decision} (same pod as a previous review)`;
    } else {
      outcome = reviewPod(injector, req, options);
      decision = outcome.decision;
      if (cacheSize > 0) {
        cache.set(key, outcome);
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      }
    }
    const answer = reviewAnswer({ ...outcome.response, uid: req.uid });
    const who = `${outcome.namespace || '<no namespace>'}/${outcome.pod || '<no name>'}`;
    return { status: 200, body: JSON.stringify(answer), log: `review ${JSON.stringify(who)} uid ${JSON.stringify(req.uid)}: ${decision}` };
  };
}

/** One body, without memory. */
export function answerReview(injector: Pick<Injector, 'inject'>, body: string, options: ReviewOptions): HttpAnswer {
  return reviewAnswerer(injector, options, 0)(body);
}
