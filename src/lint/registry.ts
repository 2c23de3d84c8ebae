/**
 * Every lint rule, in one explicit array sorted by id. No registration by import side effect:
 * a rule that is not listed here does not run.
 */
import { appVersionLabels } from './rules/app-version-labels.js';
import { conflictingGateways } from './rules/conflicting-gateways.js';
import { conflictingMeshVirtualservices } from './rules/conflicting-mesh-virtualservices.js';
import { deprecatedAnnotation } from './rules/deprecated-annotation.js';
import { deprecatedField } from './rules/deprecated-field.js';
import { destinationruleHost } from './rules/destinationrule-host.js';
import { destinationruleSubset } from './rules/destinationrule-subset.js';
import { destinationruleTls } from './rules/destinationrule-tls.js';
import { envoyfilterPatch } from './rules/envoyfilter-patch.js';
import { gatewayCertificate } from './rules/gateway-certificate.js';
import { gatewayWorkload } from './rules/gateway-workload.js';
import { hostNetwork } from './rules/host-network.js';
import { imageAuto } from './rules/image-auto.js';
import { incompleteWorkload } from './rules/incomplete-workload.js';
import { invalidAnnotation } from './rules/invalid-annotation.js';
import { jobSidecar } from './rules/job-sidecar.js';
import { jwtClaimRoute } from './rules/jwt-claim-route.js';
import { misplacedAnnotation } from './rules/misplaced-annotation.js';
import { namespaceInjection } from './rules/namespace-injection.js';
import { policyWorkloads } from './rules/policy-workloads.js';
import { portName } from './rules/port-name.js';
import { proxyUid } from './rules/proxy-uid.js';
import { reservedPort } from './rules/reserved-port.js';
import { serviceAssociation } from './rules/service-association.js';
import { servicePortConflict } from './rules/service-port-conflict.js';
import { serviceentryPorts } from './rules/serviceentry-ports.js';
import { sidecarPresent } from './rules/sidecar-present.js';
import { sidecarSelector } from './rules/sidecar-selector.js';
import { telemetrySelector } from './rules/telemetry-selector.js';
import { unknownAnnotation } from './rules/unknown-annotation.js';
import { virtualserviceDestination } from './rules/virtualservice-destination.js';
import { virtualserviceGateway } from './rules/virtualservice-gateway.js';
import { virtualserviceSubset } from './rules/virtualservice-subset.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  appVersionLabels,
  conflictingGateways,
  conflictingMeshVirtualservices,
  deprecatedAnnotation,
  deprecatedField,
  destinationruleHost,
  destinationruleSubset,
  destinationruleTls,
  envoyfilterPatch,
  gatewayCertificate,
  gatewayWorkload,
  hostNetwork,
  imageAuto,
  incompleteWorkload,
  invalidAnnotation,
  jobSidecar,
  jwtClaimRoute,
  misplacedAnnotation,
  namespaceInjection,
  policyWorkloads,
  portName,
  proxyUid,
  reservedPort,
  serviceAssociation,
  servicePortConflict,
  serviceentryPorts,
  sidecarPresent,
  sidecarSelector,
  telemetrySelector,
  unknownAnnotation,
  virtualserviceDestination,
  virtualserviceGateway,
  virtualserviceSubset,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
