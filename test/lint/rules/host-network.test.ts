import { hostNetwork } from '../../../src/lint/rules/host-network.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

ruleTester(hostNetwork, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        hostNetwork: false
        containers: [{name: web, image: web}]
    `,
    {
      name: 'already opted out',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: agent
          labels: {sidecar.istio.io/inject: "false"}
        spec:
          hostNetwork: true
          containers: [{name: agent, image: agent}]
      `,
    },
  ],
  invalid: [
    {
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          namespace: monitoring
        spec:
          template:
            spec:
              containers: [{name: agent, image: agent}]
              hostNetwork: true
      `,
      findings: [{ ruleId: 'host-network', severity: 'info', line: 10, column: 7, message: 'use the host network', resource: 'DaemonSet "monitoring/agent"' }],
    },
  ],
});
