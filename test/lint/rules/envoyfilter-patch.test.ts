import { envoyfilterPatch } from '../../../src/lint/rules/envoyfilter-patch.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'envoyfilter-patch';

const ef = (name: string, patches: string, priority = '') => yaml`
  apiVersion: networking.istio.io/v1alpha3
  kind: EnvoyFilter
  metadata: {name: ${name}, namespace: istio-system}
  spec:${priority ? `\n    priority: ${priority}` : ''}
    configPatches:
` + patches.replace(/^(?=.)/gm, '  ') + '---\n';

const wrong = ef('wrong', yaml`
  - applyTo: HTTP_ROUTE
    patch: {operation: ADD, value: {name: r}}
  - applyTo: ROUTE_CONFIGURATION
    patch: {operation: REMOVE}
  - applyTo: CLUSTER
    patch: {operation: REPLACE, value: {name: c}}
`);
const relative = ef('versioned', yaml`
  - applyTo: HTTP_FILTER
    match: {proxy: {proxyVersion: '^1\\.2.*'}}
    patch: {operation: INSERT_FIRST, value: {name: envoy.lua}}
`) + ef('relative', yaml`
  - applyTo: HTTP_FILTER
    patch: {operation: INSERT_BEFORE, value: {name: envoy.lua}}
  - applyTo: HTTP_FILTER
    patch: {operation: INSERT_AFTER, value: {name: my.filter}}
`);

ruleTester(envoyfilterPatch, {
  valid: [
    { name: 'a priority makes relative operations safe; INSERT_FIRST and ADD are not relative', yaml: ef('ok', yaml`
      - applyTo: HTTP_FILTER
        patch: {operation: INSERT_BEFORE, value: {name: a}}
      - applyTo: HTTP_FILTER
        patch: {operation: INSERT_FIRST, value: {name: b}}
      - applyTo: CLUSTER
        patch: {operation: ADD, value: {name: c}}
    `, '10') },
  ],
  invalid: [
    {
      name: 'IST0153, IST0154, IST0152: operations that are ignored or invalid where applied',
      yaml: wrong,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(wrong, 'operation: ADD'), istioCode: 'IST0153' },
        { ruleId: R, severity: 'error', ...posOf(wrong, 'operation: REMOVE'), istioCode: 'IST0154' },
        { ruleId: R, severity: 'error', ...posOf(wrong, 'operation: REPLACE'), istioCode: 'IST0152' },
      ],
    },
    {
      name: 'IST0155 after a proxyVersion patch of the same filter, IST0151 otherwise',
      yaml: relative,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(relative, 'operation: INSERT_BEFORE'), istioCode: 'IST0155' },
        { ruleId: R, severity: 'warning', ...posOf(relative, 'operation: INSERT_AFTER'), istioCode: 'IST0151' },
      ],
    },
  ],
});
