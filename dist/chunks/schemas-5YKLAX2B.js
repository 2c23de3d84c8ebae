import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// generated/validators.js
var validateInjectorConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kube-inject.invalid/schemas/injector-config.schema.json", "title": "Istio sidecar injector config", "description": "The data.config document of the istio-sidecar-injector ConfigMap (the injector's Config: policy, default templates, aliases, selectors, injected annotations and the named Go templates). A bare template file (no `templates` key) is not this document.", "type": "object", "properties": { "policy": { "description": "Whether injection is on by default for pods in injection-enabled namespaces.", "enum": ["enabled", "disabled", null] }, "defaultTemplates": { "description": "Templates applied when a pod names none (default: [sidecar]).", "type": ["array", "null"], "items": { "type": "string" } }, "aliases": { "description": "Alias name -> the template names it stands for.", "type": ["object", "null"], "additionalProperties": { "type": ["array", "null"], "items": { "type": "string" } } }, "alwaysInjectSelector": { "$ref": "#/$defs/LabelSelectorList" }, "neverInjectSelector": { "$ref": "#/$defs/LabelSelectorList" }, "injectedAnnotations": { "description": "Annotations added to every injected pod.", "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "template": { "description": "Legacy single template; current Istio ignores it in favour of `templates`.", "type": ["string", "null"] }, "templates": { "description": "Template name -> Go template text.", "type": ["object", "null"], "additionalProperties": { "type": "string" } } }, "additionalProperties": false, "$defs": { "LabelSelectorList": { "type": ["array", "null"], "items": { "$ref": "#/$defs/LabelSelector" } }, "LabelSelector": { "description": "A Kubernetes metav1.LabelSelector.", "type": ["object", "null"], "properties": { "matchLabels": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "matchExpressions": { "type": ["array", "null"], "items": { "$ref": "#/$defs/LabelSelectorRequirement" } } }, "additionalProperties": false }, "LabelSelectorRequirement": { "type": "object", "properties": { "key": { "type": "string" }, "operator": { "enum": ["In", "NotIn", "Exists", "DoesNotExist"] }, "values": { "type": ["array", "null"], "items": { "type": "string" } } }, "required": ["key", "operator"], "additionalProperties": false } } };
var schema12 = { "type": ["array", "null"], "items": { "$ref": "#/$defs/LabelSelector" } };
var schema13 = { "description": "A Kubernetes metav1.LabelSelector.", "type": ["object", "null"], "properties": { "matchLabels": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "matchExpressions": { "type": ["array", "null"], "items": { "$ref": "#/$defs/LabelSelectorRequirement" } } }, "additionalProperties": false };
var schema14 = { "type": "object", "properties": { "key": { "type": "string" }, "operator": { "enum": ["In", "NotIn", "Exists", "DoesNotExist"] }, "values": { "type": ["array", "null"], "items": { "type": "string" } } }, "required": ["key", "operator"], "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema13.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchLabels" || key0 === "matchExpressions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.matchLabels !== void 0) {
      let data0 = data.matchLabels;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/matchLabels", schemaPath: "#/properties/matchLabels/type", keyword: "type", params: { type: schema13.properties.matchLabels.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (typeof data0[key1] !== "string") {
            const err3 = { instancePath: instancePath + "/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.matchExpressions !== void 0) {
      let data2 = data.matchExpressions;
      if (!Array.isArray(data2) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: schema13.properties.matchExpressions.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.key === void 0) {
              const err5 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/$defs/LabelSelectorRequirement/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data3.operator === void 0) {
              const err6 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/$defs/LabelSelectorRequirement/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key2 in data3) {
              if (!(key2 === "key" || key2 === "operator" || key2 === "values")) {
                const err7 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/$defs/LabelSelectorRequirement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.key !== void 0) {
              if (typeof data3.key !== "string") {
                const err8 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/key", schemaPath: "#/$defs/LabelSelectorRequirement/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.operator !== void 0) {
              let data5 = data3.operator;
              if (!(data5 === "In" || data5 === "NotIn" || data5 === "Exists" || data5 === "DoesNotExist")) {
                const err9 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/operator", schemaPath: "#/$defs/LabelSelectorRequirement/properties/operator/enum", keyword: "enum", params: { allowedValues: schema14.properties.operator.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.values !== void 0) {
              let data6 = data3.values;
              if (!Array.isArray(data6) && data6 !== null) {
                const err10 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/values", schemaPath: "#/$defs/LabelSelectorRequirement/properties/values/type", keyword: "type", params: { type: schema14.properties.values.type }, message: "must be array,null" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data6[i1] !== "string") {
                    const err11 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/values/" + i1, schemaPath: "#/$defs/LabelSelectorRequirement/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/$defs/LabelSelectorRequirement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be array,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate12(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "policy" || key0 === "defaultTemplates" || key0 === "aliases" || key0 === "alwaysInjectSelector" || key0 === "neverInjectSelector" || key0 === "injectedAnnotations" || key0 === "template" || key0 === "templates")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data0 = data.policy;
      if (!(data0 === "enabled" || data0 === "disabled" || data0 === null)) {
        const err1 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/enum", keyword: "enum", params: { allowedValues: schema11.properties.policy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaultTemplates !== void 0) {
      let data1 = data.defaultTemplates;
      if (!Array.isArray(data1) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/defaultTemplates", schemaPath: "#/properties/defaultTemplates/type", keyword: "type", params: { type: schema11.properties.defaultTemplates.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/defaultTemplates/" + i0, schemaPath: "#/properties/defaultTemplates/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.aliases !== void 0) {
      let data3 = data.aliases;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3)) && data3 !== null) {
        const err4 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: schema11.properties.aliases.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (!Array.isArray(data4) && data4 !== null) {
            const err5 = { instancePath: instancePath + "/aliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/aliases/additionalProperties/type", keyword: "type", params: { type: schema11.properties.aliases.additionalProperties.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data4[i1] !== "string") {
                const err6 = { instancePath: instancePath + "/aliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/aliases/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.alwaysInjectSelector !== void 0) {
      if (!validate11(data.alwaysInjectSelector, { instancePath: instancePath + "/alwaysInjectSelector", parentData: data, parentDataProperty: "alwaysInjectSelector", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.neverInjectSelector !== void 0) {
      if (!validate11(data.neverInjectSelector, { instancePath: instancePath + "/neverInjectSelector", parentData: data, parentDataProperty: "neverInjectSelector", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.injectedAnnotations !== void 0) {
      let data8 = data.injectedAnnotations;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
        const err7 = { instancePath: instancePath + "/injectedAnnotations", schemaPath: "#/properties/injectedAnnotations/type", keyword: "type", params: { type: schema11.properties.injectedAnnotations.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (typeof data8[key2] !== "string") {
            const err8 = { instancePath: instancePath + "/injectedAnnotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/injectedAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.template !== void 0) {
      let data10 = data.template;
      if (typeof data10 !== "string" && data10 !== null) {
        const err9 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/type", keyword: "type", params: { type: schema11.properties.template.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data11 = data.templates;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
        const err10 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: schema11.properties.templates.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key3 in data11) {
          if (typeof data11[key3] !== "string") {
            const err11 = { instancePath: instancePath + "/templates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/templates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateIstioOperator = validate16;
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kube-inject.invalid/schemas/istio-operator.schema.json", "title": "IstioOperator manifest", "description": "An install.istio.io IstioOperator. kube-inject reads spec.meshConfig (a MeshConfig), spec.values (Helm values) and a few image settings; other spec keys are accepted unchecked.", "type": "object", "properties": { "apiVersion": { "type": "string", "pattern": "^install\\.istio\\.io/" }, "kind": { "const": "IstioOperator" }, "metadata": { "type": ["object", "null"] }, "spec": { "type": ["object", "null"], "properties": { "profile": { "type": ["string", "null"] }, "namespace": { "type": ["string", "null"] }, "revision": { "type": ["string", "null"] }, "hub": { "type": ["string", "null"] }, "tag": { "type": ["string", "number", "null"] }, "compatibilityVersion": { "type": ["string", "null"] }, "meshConfig": { "$ref": "mesh-config.schema.json" }, "values": { "$ref": "values.schema.json" }, "unvalidatedValues": { "type": ["object", "null"] }, "components": { "type": ["object", "null"] } } } }, "required": ["kind"] };
var pattern0 = new RegExp("^install\\.istio\\.io/", "u");
var schema17 = { "type": ["object", "null"], "properties": { "proxyListenPort": { "$ref": "#/$defs/proto.int32" }, "proxy_listen_port": { "$ref": "#/$defs/proto.int32" }, "proxyInboundListenPort": { "$ref": "#/$defs/proto.int32" }, "proxy_inbound_listen_port": { "$ref": "#/$defs/proto.int32" }, "proxyHttpPort": { "$ref": "#/$defs/proto.int32" }, "proxy_http_port": { "$ref": "#/$defs/proto.int32" }, "connectTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "connect_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "hboneIdleTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "hbone_idle_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "protocolDetectionTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "protocol_detection_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "tcpKeepalive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive" }, "tcp_keepalive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive" }, "ingressClass": { "$ref": "#/$defs/proto.string" }, "ingress_class": { "$ref": "#/$defs/proto.string" }, "ingressService": { "$ref": "#/$defs/proto.string" }, "ingress_service": { "$ref": "#/$defs/proto.string" }, "ingressControllerMode": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.IngressControllerMode" }, "ingress_controller_mode": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.IngressControllerMode" }, "ingressSelector": { "$ref": "#/$defs/proto.string" }, "ingress_selector": { "$ref": "#/$defs/proto.string" }, "enableTracing": { "$ref": "#/$defs/proto.bool" }, "enable_tracing": { "$ref": "#/$defs/proto.bool" }, "accessLogFile": { "$ref": "#/$defs/proto.string" }, "access_log_file": { "$ref": "#/$defs/proto.string" }, "accessLogFormat": { "$ref": "#/$defs/proto.string" }, "access_log_format": { "$ref": "#/$defs/proto.string" }, "accessLogEncoding": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.AccessLogEncoding" }, "access_log_encoding": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.AccessLogEncoding" }, "enableEnvoyAccessLogService": { "$ref": "#/$defs/proto.bool" }, "enable_envoy_access_log_service": { "$ref": "#/$defs/proto.bool" }, "disableEnvoyListenerLog": { "$ref": "#/$defs/proto.bool" }, "disable_envoy_listener_log": { "$ref": "#/$defs/proto.bool" }, "defaultConfig": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig" }, "default_config": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig" }, "outboundTrafficPolicy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy" }, "outbound_traffic_policy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy" }, "inboundTrafficPolicy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy" }, "inbound_traffic_policy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy" }, "configSources": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.ConfigSource" } }, "config_sources": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.ConfigSource" } }, "enableAutoMtls": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "enable_auto_mtls": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "trustDomain": { "$ref": "#/$defs/proto.string" }, "trust_domain": { "$ref": "#/$defs/proto.string" }, "trustDomainAliases": { "type": ["array", "null"], "items": { "type": "string" } }, "trust_domain_aliases": { "type": ["array", "null"], "items": { "type": "string" } }, "caCertificates": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.CertificateData" } }, "ca_certificates": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.CertificateData" } }, "defaultServiceExportTo": { "type": ["array", "null"], "items": { "type": "string" } }, "default_service_export_to": { "type": ["array", "null"], "items": { "type": "string" } }, "defaultVirtualServiceExportTo": { "type": ["array", "null"], "items": { "type": "string" } }, "default_virtual_service_export_to": { "type": ["array", "null"], "items": { "type": "string" } }, "defaultDestinationRuleExportTo": { "type": ["array", "null"], "items": { "type": "string" } }, "default_destination_rule_export_to": { "type": ["array", "null"], "items": { "type": "string" } }, "rootNamespace": { "$ref": "#/$defs/proto.string" }, "root_namespace": { "$ref": "#/$defs/proto.string" }, "localityLbSetting": { "$ref": "#/$defs/istio.networking.v1alpha3.LocalityLoadBalancerSetting" }, "locality_lb_setting": { "$ref": "#/$defs/istio.networking.v1alpha3.LocalityLoadBalancerSetting" }, "zoneAwareLbSetting": { "$ref": "#/$defs/istio.networking.v1alpha3.ZoneAwareLoadBalancerSetting" }, "zone_aware_lb_setting": { "$ref": "#/$defs/istio.networking.v1alpha3.ZoneAwareLoadBalancerSetting" }, "dnsRefreshRate": { "$ref": "#/$defs/google.protobuf.Duration" }, "dns_refresh_rate": { "$ref": "#/$defs/google.protobuf.Duration" }, "h2UpgradePolicy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.H2UpgradePolicy" }, "h2_upgrade_policy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.H2UpgradePolicy" }, "inboundClusterStatName": { "$ref": "#/$defs/proto.string" }, "inbound_cluster_stat_name": { "$ref": "#/$defs/proto.string" }, "outboundClusterStatName": { "$ref": "#/$defs/proto.string" }, "outbound_cluster_stat_name": { "$ref": "#/$defs/proto.string" }, "certificates": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.Certificate" } }, "serviceSettings": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceSettings" } }, "service_settings": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceSettings" } }, "serviceScopeConfigs": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs" } }, "service_scope_configs": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs" } }, "enablePrometheusMerge": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "enable_prometheus_merge": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "verifyCertificateAtClient": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "verify_certificate_at_client": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "ca": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.CA" }, "extensionProviders": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider" } }, "extension_providers": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider" } }, "defaultProviders": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders" }, "default_providers": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders" }, "discoverySelectors": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" } }, "discovery_selectors": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" } }, "pathNormalization": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization" }, "path_normalization": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization" }, "defaultHttpRetryPolicy": { "$ref": "#/$defs/istio.networking.v1alpha3.HTTPRetry" }, "default_http_retry_policy": { "$ref": "#/$defs/istio.networking.v1alpha3.HTTPRetry" }, "meshMTLS": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig" }, "mesh_mTLS": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig" }, "tlsDefaults": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig" }, "tls_defaults": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig" }, "defaultTrafficPolicy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultTrafficPolicy" }, "default_traffic_policy": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultTrafficPolicy" }, "serviceEntryVisibility": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility" }, "service_entry_visibility": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility" }, "thriftConfig": { "description": "reserved: removed from Istio and ignored by it" }, "thrift_config": { "description": "reserved: removed from Istio and ignored by it" }, "mixerCheckServer": { "description": "reserved: removed from Istio and ignored by it" }, "mixer_check_server": { "description": "reserved: removed from Istio and ignored by it" }, "mixerReportServer": { "description": "reserved: removed from Istio and ignored by it" }, "mixer_report_server": { "description": "reserved: removed from Istio and ignored by it" }, "disablePolicyChecks": { "description": "reserved: removed from Istio and ignored by it" }, "disable_policy_checks": { "description": "reserved: removed from Istio and ignored by it" }, "disableMixerHttpReports": { "description": "reserved: removed from Istio and ignored by it" }, "disable_mixer_http_reports": { "description": "reserved: removed from Istio and ignored by it" }, "policyCheckFailOpen": { "description": "reserved: removed from Istio and ignored by it" }, "policy_check_fail_open": { "description": "reserved: removed from Istio and ignored by it" }, "sidecarToTelemetrySessionAffinity": { "description": "reserved: removed from Istio and ignored by it" }, "sidecar_to_telemetry_session_affinity": { "description": "reserved: removed from Istio and ignored by it" }, "authPolicy": { "description": "reserved: removed from Istio and ignored by it" }, "auth_policy": { "description": "reserved: removed from Istio and ignored by it" }, "rdsRefreshDelay": { "description": "reserved: removed from Istio and ignored by it" }, "rds_refresh_delay": { "description": "reserved: removed from Istio and ignored by it" }, "mixerAddress": { "description": "reserved: removed from Istio and ignored by it" }, "mixer_address": { "description": "reserved: removed from Istio and ignored by it" }, "enableClientSidePolicyCheck": { "description": "reserved: removed from Istio and ignored by it" }, "enable_client_side_policy_check": { "description": "reserved: removed from Istio and ignored by it" }, "sdsUdsPath": { "description": "reserved: removed from Istio and ignored by it" }, "sds_uds_path": { "description": "reserved: removed from Istio and ignored by it" }, "sdsRefreshDelay": { "description": "reserved: removed from Istio and ignored by it" }, "sds_refresh_delay": { "description": "reserved: removed from Istio and ignored by it" }, "enableSdsTokenMount": { "description": "reserved: removed from Istio and ignored by it" }, "enable_sds_token_mount": { "description": "reserved: removed from Istio and ignored by it" }, "sdsUseK8sSaJwt": { "description": "reserved: removed from Istio and ignored by it" }, "sds_use_k8s_sa_jwt": { "description": "reserved: removed from Istio and ignored by it" }, "terminationDrainDuration": { "description": "reserved: removed from Istio and ignored by it" }, "termination_drain_duration": { "description": "reserved: removed from Istio and ignored by it" }, "disableReportBatch": { "description": "reserved: removed from Istio and ignored by it" }, "disable_report_batch": { "description": "reserved: removed from Istio and ignored by it" }, "reportBatchMaxEntries": { "description": "reserved: removed from Istio and ignored by it" }, "report_batch_max_entries": { "description": "reserved: removed from Istio and ignored by it" }, "reportBatchMaxTime": { "description": "reserved: removed from Istio and ignored by it" }, "report_batch_max_time": { "description": "reserved: removed from Istio and ignored by it" }, "fileFlushInterval": { "description": "reserved: removed from Istio and ignored by it" }, "file_flush_interval": { "description": "reserved: removed from Istio and ignored by it" }, "fileFlushMinSize": { "description": "reserved: removed from Istio and ignored by it" }, "file_flush_min_size": { "description": "reserved: removed from Istio and ignored by it" } }, "additionalProperties": false };
var schema164 = { "type": ["object", "null"], "properties": { "tracing": { "type": ["array", "null"], "items": { "type": "string" } }, "metrics": { "type": ["array", "null"], "items": { "type": "string" } }, "accessLogging": { "type": ["array", "null"], "items": { "type": "string" } }, "access_logging": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var schema19 = { "type": ["integer", "string", "null"], "minimum": -2147483648, "maximum": 2147483647, "pattern": "^-?[0-9]+$" };
var pattern1 = new RegExp("^-?[0-9]+$", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/proto.int32.impl/type", keyword: "type", params: { type: schema19.type }, message: "must be integer,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data > 2147483647 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/proto.int32.impl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < -2147483648 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/proto.int32.impl/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  if (typeof data === "string") {
    if (!pattern1.test(data)) {
      const err3 = { instancePath, schemaPath: "#/$defs/proto.int32.impl/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": ["string", "null"], "pattern": "^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$" };
var pattern2 = new RegExp("^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.Duration.impl/type", keyword: "type", params: { type: schema21.type }, message: "must be string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern2.test(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/google.protobuf.Duration.impl/pattern", keyword: "pattern", params: { pattern: "^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$" }, message: 'must match pattern "^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$"' };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema22 = { "type": ["object", "null"], "properties": { "probes": { "$ref": "#/$defs/proto.uint32" }, "time": { "$ref": "#/$defs/google.protobuf.Duration" }, "interval": { "$ref": "#/$defs/google.protobuf.Duration" } }, "additionalProperties": false };
var schema24 = { "type": ["integer", "string", "null"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" };
var pattern3 = new RegExp("^[0-9]+$", "u");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/proto.uint32.impl/type", keyword: "type", params: { type: schema24.type }, message: "must be integer,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data > 4294967295 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/proto.uint32.impl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/proto.uint32.impl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  if (typeof data === "string") {
    if (!pattern3.test(data)) {
      const err3 = { instancePath, schemaPath: "#/$defs/proto.uint32.impl/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema22.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "probes" || key0 === "time" || key0 === "interval")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.probes !== void 0) {
      if (!validate34(data.probes, { instancePath: instancePath + "/probes", parentData: data, parentDataProperty: "probes", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.time !== void 0) {
      if (!validate26(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.interval !== void 0) {
      if (!validate26(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": ["string", "null"] };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/proto.string.impl/type", keyword: "type", params: { type: schema26.type }, message: "must be string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var schema28 = { "enum": ["UNSPECIFIED", "OFF", "DEFAULT", "STRICT", 0, 1, 2, 3, null] };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "UNSPECIFIED" || data === "OFF" || data === "DEFAULT" || data === "STRICT" || data === 0 || data === 1 || data === 2 || data === 3 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.IngressControllerMode.values/enum", keyword: "enum", params: { allowedValues: schema28.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
var schema30 = { "type": ["boolean", "null"] };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/proto.bool.impl/type", keyword: "type", params: { type: schema30.type }, message: "must be boolean,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var schema32 = { "enum": ["TEXT", "JSON", 0, 1, null] };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "TEXT" || data === "JSON" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.AccessLogEncoding.values/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": ["object", "null"], "properties": { "configPath": { "$ref": "#/$defs/proto.string" }, "config_path": { "$ref": "#/$defs/proto.string" }, "binaryPath": { "$ref": "#/$defs/proto.string" }, "binary_path": { "$ref": "#/$defs/proto.string" }, "serviceCluster": { "$ref": "#/$defs/proto.string" }, "service_cluster": { "$ref": "#/$defs/proto.string" }, "tracingServiceName": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.TracingServiceName" }, "tracing_service_name": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.TracingServiceName" }, "drainDuration": { "$ref": "#/$defs/google.protobuf.Duration" }, "drain_duration": { "$ref": "#/$defs/google.protobuf.Duration" }, "discoveryAddress": { "$ref": "#/$defs/proto.string" }, "discovery_address": { "$ref": "#/$defs/proto.string" }, "discoveryRefreshDelay": { "$ref": "#/$defs/google.protobuf.Duration" }, "discovery_refresh_delay": { "$ref": "#/$defs/google.protobuf.Duration" }, "zipkinAddress": { "$ref": "#/$defs/proto.string" }, "zipkin_address": { "$ref": "#/$defs/proto.string" }, "statsdUdpAddress": { "$ref": "#/$defs/proto.string" }, "statsd_udp_address": { "$ref": "#/$defs/proto.string" }, "envoyMetricsServiceAddress": { "$ref": "#/$defs/proto.string" }, "envoy_metrics_service_address": { "$ref": "#/$defs/proto.string" }, "proxyAdminPort": { "$ref": "#/$defs/proto.int32" }, "proxy_admin_port": { "$ref": "#/$defs/proto.int32" }, "availabilityZone": { "$ref": "#/$defs/proto.string" }, "availability_zone": { "$ref": "#/$defs/proto.string" }, "controlPlaneAuthPolicy": { "$ref": "#/$defs/istio.mesh.v1alpha1.AuthenticationPolicy" }, "control_plane_auth_policy": { "$ref": "#/$defs/istio.mesh.v1alpha1.AuthenticationPolicy" }, "customConfigFile": { "$ref": "#/$defs/proto.string" }, "custom_config_file": { "$ref": "#/$defs/proto.string" }, "statNameLength": { "$ref": "#/$defs/proto.int32" }, "stat_name_length": { "$ref": "#/$defs/proto.int32" }, "concurrency": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "proxyBootstrapTemplatePath": { "$ref": "#/$defs/proto.string" }, "proxy_bootstrap_template_path": { "$ref": "#/$defs/proto.string" }, "interceptionMode": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.InboundInterceptionMode" }, "interception_mode": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.InboundInterceptionMode" }, "tracing": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing" }, "sds": { "$ref": "#/$defs/istio.mesh.v1alpha1.SDS" }, "envoyAccessLogService": { "$ref": "#/$defs/istio.mesh.v1alpha1.RemoteService" }, "envoy_access_log_service": { "$ref": "#/$defs/istio.mesh.v1alpha1.RemoteService" }, "envoyMetricsService": { "$ref": "#/$defs/istio.mesh.v1alpha1.RemoteService" }, "envoy_metrics_service": { "$ref": "#/$defs/istio.mesh.v1alpha1.RemoteService" }, "proxyMetadata": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "proxy_metadata": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "runtimeValues": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "runtime_values": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "statusPort": { "$ref": "#/$defs/proto.int32" }, "status_port": { "$ref": "#/$defs/proto.int32" }, "extraStatTags": { "type": ["array", "null"], "items": { "type": "string" } }, "extra_stat_tags": { "type": ["array", "null"], "items": { "type": "string" } }, "gatewayTopology": { "$ref": "#/$defs/istio.mesh.v1alpha1.Topology" }, "gateway_topology": { "$ref": "#/$defs/istio.mesh.v1alpha1.Topology" }, "terminationDrainDuration": { "$ref": "#/$defs/google.protobuf.Duration" }, "termination_drain_duration": { "$ref": "#/$defs/google.protobuf.Duration" }, "meshId": { "$ref": "#/$defs/proto.string" }, "mesh_id": { "$ref": "#/$defs/proto.string" }, "readinessProbe": { "$ref": "#/$defs/istio.networking.v1alpha3.ReadinessProbe" }, "readiness_probe": { "$ref": "#/$defs/istio.networking.v1alpha3.ReadinessProbe" }, "proxyStatsMatcher": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher" }, "proxy_stats_matcher": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher" }, "holdApplicationUntilProxyStarts": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "hold_application_until_proxy_starts": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "caCertificatesPem": { "type": ["array", "null"], "items": { "type": "string" } }, "ca_certificates_pem": { "type": ["array", "null"], "items": { "type": "string" } }, "image": { "$ref": "#/$defs/istio.networking.v1beta1.ProxyImage" }, "privateKeyProvider": { "$ref": "#/$defs/istio.mesh.v1alpha1.PrivateKeyProvider" }, "private_key_provider": { "$ref": "#/$defs/istio.mesh.v1alpha1.PrivateKeyProvider" }, "proxyHeaders": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders" }, "proxy_headers": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders" }, "fileFlushInterval": { "$ref": "#/$defs/google.protobuf.Duration" }, "file_flush_interval": { "$ref": "#/$defs/google.protobuf.Duration" }, "fileFlushMinSizeKb": { "$ref": "#/$defs/proto.uint32" }, "file_flush_min_size_kb": { "$ref": "#/$defs/proto.uint32" }, "statsCompression": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "stats_compression": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "connectionSettings": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings" }, "connection_settings": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings" }, "parentShutdownDuration": { "description": "reserved: removed from Istio and ignored by it" }, "parent_shutdown_duration": { "description": "reserved: removed from Istio and ignored by it" }, "connectTimeout": { "description": "reserved: removed from Istio and ignored by it" }, "connect_timeout": { "description": "reserved: removed from Istio and ignored by it" } }, "additionalProperties": false };
var schema76 = { "type": ["object", "null"], "properties": { "inclusionPrefixes": { "type": ["array", "null"], "items": { "type": "string" } }, "inclusion_prefixes": { "type": ["array", "null"], "items": { "type": "string" } }, "inclusionSuffixes": { "type": ["array", "null"], "items": { "type": "string" } }, "inclusion_suffixes": { "type": ["array", "null"], "items": { "type": "string" } }, "inclusionRegexps": { "type": ["array", "null"], "items": { "type": "string" } }, "inclusion_regexps": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
var schema35 = { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "APP_LABEL_AND_NAMESPACE" || data === "CANONICAL_NAME_ONLY" || data === "CANONICAL_NAME_AND_NAMESPACE" || data === 0 || data === 1 || data === 2 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.TracingServiceName.values/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
var schema37 = { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 1e3, null] };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "NONE" || data === "MUTUAL_TLS" || data === "INHERIT" || data === 0 || data === 1 || data === 1e3 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.AuthenticationPolicy.values/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
var schema39 = { "type": ["integer", "string", "null"], "minimum": -2147483648, "maximum": 2147483647, "pattern": "^-?[0-9]+$" };
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.Int32Value.impl/type", keyword: "type", params: { type: schema39.type }, message: "must be integer,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data > 2147483647 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/google.protobuf.Int32Value.impl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < -2147483648 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/google.protobuf.Int32Value.impl/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  if (typeof data === "string") {
    if (!pattern1.test(data)) {
      const err3 = { instancePath, schemaPath: "#/$defs/google.protobuf.Int32Value.impl/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  validate97.errors = vErrors;
  return errors === 0;
}
var schema41 = { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] };
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "REDIRECT" || data === "TPROXY" || data === "NONE" || data === 0 || data === 1 || data === 2 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.InboundInterceptionMode.values/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
var schema42 = { "type": ["object", "null"], "properties": { "zipkin": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.Zipkin" }, "lightstep": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.Lightstep" }, "datadog": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.Datadog" }, "stackdriver": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.Stackdriver" }, "openCensusAgent": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.OpenCensusAgent" }, "open_census_agent": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.OpenCensusAgent" }, "customTags": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.CustomTag" } }, "custom_tags": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.CustomTag" } }, "maxPathTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_path_tag_length": { "$ref": "#/$defs/proto.uint32" }, "sampling": { "$ref": "#/$defs/proto.double" }, "tlsSettings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "tls_settings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "enableIstioTags": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "enable_istio_tags": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
var schema43 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate105(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema43.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate105.errors = vErrors;
  return errors === 0;
}
var schema44 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" }, "accessToken": { "$ref": "#/$defs/proto.string" }, "access_token": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate108(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema44.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address" || key0 === "accessToken" || key0 === "access_token")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessToken !== void 0) {
      if (!validate40(data.accessToken, { instancePath: instancePath + "/accessToken", parentData: data, parentDataProperty: "accessToken", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.access_token !== void 0) {
      if (!validate40(data.access_token, { instancePath: instancePath + "/access_token", parentData: data, parentDataProperty: "access_token", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate108.errors = vErrors;
  return errors === 0;
}
var schema45 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema45.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate113.errors = vErrors;
  return errors === 0;
}
var schema46 = { "type": ["object", "null"], "properties": { "debug": { "$ref": "#/$defs/proto.bool" }, "maxNumberOfAttributes": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "max_number_of_attributes": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "maxNumberOfAnnotations": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "max_number_of_annotations": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "maxNumberOfMessageEvents": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "max_number_of_message_events": { "$ref": "#/$defs/google.protobuf.Int64Value" } }, "additionalProperties": false };
var schema48 = { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" };
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.Int64Value.impl/type", keyword: "type", params: { type: schema48.type }, message: "must be integer,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern1.test(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/google.protobuf.Int64Value.impl/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate118.errors = vErrors;
  return errors === 0;
}
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema46.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "debug" || key0 === "maxNumberOfAttributes" || key0 === "max_number_of_attributes" || key0 === "maxNumberOfAnnotations" || key0 === "max_number_of_annotations" || key0 === "maxNumberOfMessageEvents" || key0 === "max_number_of_message_events")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.debug !== void 0) {
      if (!validate50(data.debug, { instancePath: instancePath + "/debug", parentData: data, parentDataProperty: "debug", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxNumberOfAttributes !== void 0) {
      if (!validate118(data.maxNumberOfAttributes, { instancePath: instancePath + "/maxNumberOfAttributes", parentData: data, parentDataProperty: "maxNumberOfAttributes", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_number_of_attributes !== void 0) {
      if (!validate118(data.max_number_of_attributes, { instancePath: instancePath + "/max_number_of_attributes", parentData: data, parentDataProperty: "max_number_of_attributes", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxNumberOfAnnotations !== void 0) {
      if (!validate118(data.maxNumberOfAnnotations, { instancePath: instancePath + "/maxNumberOfAnnotations", parentData: data, parentDataProperty: "maxNumberOfAnnotations", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_number_of_annotations !== void 0) {
      if (!validate118(data.max_number_of_annotations, { instancePath: instancePath + "/max_number_of_annotations", parentData: data, parentDataProperty: "max_number_of_annotations", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxNumberOfMessageEvents !== void 0) {
      if (!validate118(data.maxNumberOfMessageEvents, { instancePath: instancePath + "/maxNumberOfMessageEvents", parentData: data, parentDataProperty: "maxNumberOfMessageEvents", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_number_of_message_events !== void 0) {
      if (!validate118(data.max_number_of_message_events, { instancePath: instancePath + "/max_number_of_message_events", parentData: data, parentDataProperty: "max_number_of_message_events", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
  }
  validate116.errors = vErrors;
  return errors === 0;
}
var schema49 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" }, "context": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.OpenCensusAgent.TraceContext" } } }, "additionalProperties": false };
var schema51 = { "enum": ["UNSPECIFIED", "W3C_TRACE_CONTEXT", "GRPC_BIN", "CLOUD_TRACE_CONTEXT", "B3", 0, 1, 2, 3, 4, null] };
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "UNSPECIFIED" || data === "W3C_TRACE_CONTEXT" || data === "GRPC_BIN" || data === "CLOUD_TRACE_CONTEXT" || data === "B3" || data === 0 || data === 1 || data === 2 || data === 3 || data === 4 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.Tracing.OpenCensusAgent.TraceContext.values/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate128.errors = vErrors;
  return errors === 0;
}
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema49.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address" || key0 === "context")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      let data1 = data.context;
      if (!Array.isArray(data1) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: schema49.properties.context.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate128(data1[i0], { instancePath: instancePath + "/context/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate126.errors = vErrors;
  return errors === 0;
}
var schema52 = { "type": ["object", "null"], "properties": { "literal": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.Literal" }, "environment": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.Environment" }, "header": { "$ref": "#/$defs/istio.mesh.v1alpha1.Tracing.RequestHeader" } }, "additionalProperties": false };
var schema53 = { "type": ["object", "null"], "properties": { "value": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema53.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (!validate40(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate133.errors = vErrors;
  return errors === 0;
}
var schema54 = { "type": ["object", "null"], "properties": { "name": { "$ref": "#/$defs/proto.string" }, "defaultValue": { "$ref": "#/$defs/proto.string" }, "default_value": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema54.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "defaultValue" || key0 === "default_value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate40(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaultValue !== void 0) {
      if (!validate40(data.defaultValue, { instancePath: instancePath + "/defaultValue", parentData: data, parentDataProperty: "defaultValue", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_value !== void 0) {
      if (!validate40(data.default_value, { instancePath: instancePath + "/default_value", parentData: data, parentDataProperty: "default_value", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate136.errors = vErrors;
  return errors === 0;
}
var schema55 = { "type": ["object", "null"], "properties": { "name": { "$ref": "#/$defs/proto.string" }, "defaultValue": { "$ref": "#/$defs/proto.string" }, "default_value": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema55.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "defaultValue" || key0 === "default_value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate40(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaultValue !== void 0) {
      if (!validate40(data.defaultValue, { instancePath: instancePath + "/defaultValue", parentData: data, parentDataProperty: "defaultValue", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_value !== void 0) {
      if (!validate40(data.default_value, { instancePath: instancePath + "/default_value", parentData: data, parentDataProperty: "default_value", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate141.errors = vErrors;
  return errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema52.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "literal" || key0 === "environment" || key0 === "header")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.literal !== void 0) {
      if (!validate133(data.literal, { instancePath: instancePath + "/literal", parentData: data, parentDataProperty: "literal", rootData })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.environment !== void 0) {
      if (!validate136(data.environment, { instancePath: instancePath + "/environment", parentData: data, parentDataProperty: "environment", rootData })) {
        vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
        errors = vErrors.length;
      }
    }
    if (data.header !== void 0) {
      if (!validate141(data.header, { instancePath: instancePath + "/header", parentData: data, parentDataProperty: "header", rootData })) {
        vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
        errors = vErrors.length;
      }
    }
  }
  validate132.errors = vErrors;
  return errors === 0;
}
var schema57 = { "type": ["number", "string", "null"], "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" };
var pattern6 = new RegExp("^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", "u");
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number") && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/proto.double.impl/type", keyword: "type", params: { type: schema57.type }, message: "must be number,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/proto.double.impl/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"' };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate150.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": ["object", "null"], "properties": { "mode": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings.TLSmode" }, "clientCertificate": { "$ref": "#/$defs/proto.string" }, "client_certificate": { "$ref": "#/$defs/proto.string" }, "privateKey": { "$ref": "#/$defs/proto.string" }, "private_key": { "$ref": "#/$defs/proto.string" }, "caCertificates": { "$ref": "#/$defs/proto.string" }, "ca_certificates": { "$ref": "#/$defs/proto.string" }, "credentialName": { "$ref": "#/$defs/proto.string" }, "credential_name": { "$ref": "#/$defs/proto.string" }, "subjectAltNames": { "type": ["array", "null"], "items": { "type": "string" } }, "subject_alt_names": { "type": ["array", "null"], "items": { "type": "string" } }, "sni": { "$ref": "#/$defs/proto.string" }, "insecureSkipVerify": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "insecure_skip_verify": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "caCrl": { "$ref": "#/$defs/proto.string" }, "ca_crl": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
var schema60 = { "enum": ["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL", 0, 1, 2, 3, null] };
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "DISABLE" || data === "SIMPLE" || data === "MUTUAL" || data === "ISTIO_MUTUAL" || data === 0 || data === 1 || data === 2 || data === 3 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.networking.v1alpha3.ClientTLSSettings.TLSmode.values/enum", keyword: "enum", params: { allowedValues: schema60.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate153.errors = vErrors;
  return errors === 0;
}
var schema62 = { "type": ["boolean", "null"] };
function validate164(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.BoolValue.impl/type", keyword: "type", params: { type: schema62.type }, message: "must be boolean,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate164.errors = vErrors;
  return errors === 0;
}
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema58.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema58.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (!validate153(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData })) {
        vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
        errors = vErrors.length;
      }
    }
    if (data.clientCertificate !== void 0) {
      if (!validate40(data.clientCertificate, { instancePath: instancePath + "/clientCertificate", parentData: data, parentDataProperty: "clientCertificate", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.client_certificate !== void 0) {
      if (!validate40(data.client_certificate, { instancePath: instancePath + "/client_certificate", parentData: data, parentDataProperty: "client_certificate", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.privateKey !== void 0) {
      if (!validate40(data.privateKey, { instancePath: instancePath + "/privateKey", parentData: data, parentDataProperty: "privateKey", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.private_key !== void 0) {
      if (!validate40(data.private_key, { instancePath: instancePath + "/private_key", parentData: data, parentDataProperty: "private_key", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.caCertificates !== void 0) {
      if (!validate40(data.caCertificates, { instancePath: instancePath + "/caCertificates", parentData: data, parentDataProperty: "caCertificates", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ca_certificates !== void 0) {
      if (!validate40(data.ca_certificates, { instancePath: instancePath + "/ca_certificates", parentData: data, parentDataProperty: "ca_certificates", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.credentialName !== void 0) {
      if (!validate40(data.credentialName, { instancePath: instancePath + "/credentialName", parentData: data, parentDataProperty: "credentialName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.credential_name !== void 0) {
      if (!validate40(data.credential_name, { instancePath: instancePath + "/credential_name", parentData: data, parentDataProperty: "credential_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.subjectAltNames !== void 0) {
      let data9 = data.subjectAltNames;
      if (!Array.isArray(data9) && data9 !== null) {
        const err2 = { instancePath: instancePath + "/subjectAltNames", schemaPath: "#/properties/subjectAltNames/type", keyword: "type", params: { type: schema58.properties.subjectAltNames.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data9[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/subjectAltNames/" + i0, schemaPath: "#/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.subject_alt_names !== void 0) {
      let data11 = data.subject_alt_names;
      if (!Array.isArray(data11) && data11 !== null) {
        const err4 = { instancePath: instancePath + "/subject_alt_names", schemaPath: "#/properties/subject_alt_names/type", keyword: "type", params: { type: schema58.properties.subject_alt_names.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data11[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/subject_alt_names/" + i1, schemaPath: "#/properties/subject_alt_names/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.sni !== void 0) {
      if (!validate40(data.sni, { instancePath: instancePath + "/sni", parentData: data, parentDataProperty: "sni", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.insecureSkipVerify !== void 0) {
      if (!validate164(data.insecureSkipVerify, { instancePath: instancePath + "/insecureSkipVerify", parentData: data, parentDataProperty: "insecureSkipVerify", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.insecure_skip_verify !== void 0) {
      if (!validate164(data.insecure_skip_verify, { instancePath: instancePath + "/insecure_skip_verify", parentData: data, parentDataProperty: "insecure_skip_verify", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.caCrl !== void 0) {
      if (!validate40(data.caCrl, { instancePath: instancePath + "/caCrl", parentData: data, parentDataProperty: "caCrl", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ca_crl !== void 0) {
      if (!validate40(data.ca_crl, { instancePath: instancePath + "/ca_crl", parentData: data, parentDataProperty: "ca_crl", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate152.errors = vErrors;
  return errors === 0;
}
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema42.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema42.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.zipkin !== void 0) {
      if (!validate105(data.zipkin, { instancePath: instancePath + "/zipkin", parentData: data, parentDataProperty: "zipkin", rootData })) {
        vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
        errors = vErrors.length;
      }
    }
    if (data.lightstep !== void 0) {
      if (!validate108(data.lightstep, { instancePath: instancePath + "/lightstep", parentData: data, parentDataProperty: "lightstep", rootData })) {
        vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
        errors = vErrors.length;
      }
    }
    if (data.datadog !== void 0) {
      if (!validate113(data.datadog, { instancePath: instancePath + "/datadog", parentData: data, parentDataProperty: "datadog", rootData })) {
        vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackdriver !== void 0) {
      if (!validate116(data.stackdriver, { instancePath: instancePath + "/stackdriver", parentData: data, parentDataProperty: "stackdriver", rootData })) {
        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.openCensusAgent !== void 0) {
      if (!validate126(data.openCensusAgent, { instancePath: instancePath + "/openCensusAgent", parentData: data, parentDataProperty: "openCensusAgent", rootData })) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.open_census_agent !== void 0) {
      if (!validate126(data.open_census_agent, { instancePath: instancePath + "/open_census_agent", parentData: data, parentDataProperty: "open_census_agent", rootData })) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.customTags !== void 0) {
      let data6 = data.customTags;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err2 = { instancePath: instancePath + "/customTags", schemaPath: "#/properties/customTags/type", keyword: "type", params: { type: schema42.properties.customTags.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!validate132(data6[key1], { instancePath: instancePath + "/customTags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.custom_tags !== void 0) {
      let data8 = data.custom_tags;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
        const err3 = { instancePath: instancePath + "/custom_tags", schemaPath: "#/properties/custom_tags/type", keyword: "type", params: { type: schema42.properties.custom_tags.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!validate132(data8[key2], { instancePath: instancePath + "/custom_tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.maxPathTagLength !== void 0) {
      if (!validate34(data.maxPathTagLength, { instancePath: instancePath + "/maxPathTagLength", parentData: data, parentDataProperty: "maxPathTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_path_tag_length !== void 0) {
      if (!validate34(data.max_path_tag_length, { instancePath: instancePath + "/max_path_tag_length", parentData: data, parentDataProperty: "max_path_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.sampling !== void 0) {
      if (!validate150(data.sampling, { instancePath: instancePath + "/sampling", parentData: data, parentDataProperty: "sampling", rootData })) {
        vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsSettings !== void 0) {
      if (!validate152(data.tlsSettings, { instancePath: instancePath + "/tlsSettings", parentData: data, parentDataProperty: "tlsSettings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls_settings !== void 0) {
      if (!validate152(data.tls_settings, { instancePath: instancePath + "/tls_settings", parentData: data, parentDataProperty: "tls_settings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.enableIstioTags !== void 0) {
      if (!validate164(data.enableIstioTags, { instancePath: instancePath + "/enableIstioTags", parentData: data, parentDataProperty: "enableIstioTags", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_istio_tags !== void 0) {
      if (!validate164(data.enable_istio_tags, { instancePath: instancePath + "/enable_istio_tags", parentData: data, parentDataProperty: "enable_istio_tags", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate104.errors = vErrors;
  return errors === 0;
}
var schema63 = { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/proto.bool" }, "k8sSaJwtPath": { "$ref": "#/$defs/proto.string" }, "k8s_sa_jwt_path": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate174(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema63.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "k8sSaJwtPath" || key0 === "k8s_sa_jwt_path")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (!validate50(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.k8sSaJwtPath !== void 0) {
      if (!validate40(data.k8sSaJwtPath, { instancePath: instancePath + "/k8sSaJwtPath", parentData: data, parentDataProperty: "k8sSaJwtPath", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.k8s_sa_jwt_path !== void 0) {
      if (!validate40(data.k8s_sa_jwt_path, { instancePath: instancePath + "/k8s_sa_jwt_path", parentData: data, parentDataProperty: "k8s_sa_jwt_path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate174.errors = vErrors;
  return errors === 0;
}
var schema64 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" }, "tlsSettings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "tls_settings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "tcpKeepalive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive" }, "tcp_keepalive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive" } }, "additionalProperties": false };
function validate179(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema64.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address" || key0 === "tlsSettings" || key0 === "tls_settings" || key0 === "tcpKeepalive" || key0 === "tcp_keepalive")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsSettings !== void 0) {
      if (!validate152(data.tlsSettings, { instancePath: instancePath + "/tlsSettings", parentData: data, parentDataProperty: "tlsSettings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls_settings !== void 0) {
      if (!validate152(data.tls_settings, { instancePath: instancePath + "/tls_settings", parentData: data, parentDataProperty: "tls_settings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepalive !== void 0) {
      if (!validate33(data.tcpKeepalive, { instancePath: instancePath + "/tcpKeepalive", parentData: data, parentDataProperty: "tcpKeepalive", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcp_keepalive !== void 0) {
      if (!validate33(data.tcp_keepalive, { instancePath: instancePath + "/tcp_keepalive", parentData: data, parentDataProperty: "tcp_keepalive", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  }
  validate179.errors = vErrors;
  return errors === 0;
}
var schema65 = { "type": ["object", "null"], "properties": { "numTrustedProxies": { "$ref": "#/$defs/proto.uint32" }, "num_trusted_proxies": { "$ref": "#/$defs/proto.uint32" }, "forwardClientCertDetails": { "$ref": "#/$defs/istio.mesh.v1alpha1.ForwardClientCertDetails" }, "forward_client_cert_details": { "$ref": "#/$defs/istio.mesh.v1alpha1.ForwardClientCertDetails" }, "proxyProtocol": { "$ref": "#/$defs/istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration" }, "proxy_protocol": { "$ref": "#/$defs/istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration" } }, "additionalProperties": false };
var schema68 = { "type": ["object", "null"], "properties": {}, "additionalProperties": false };
var schema67 = { "enum": ["UNDEFINED", "SANITIZE", "FORWARD_ONLY", "APPEND_FORWARD", "SANITIZE_SET", "ALWAYS_FORWARD_ONLY", 0, 1, 2, 3, 4, 5, null] };
function validate194(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "UNDEFINED" || data === "SANITIZE" || data === "FORWARD_ONLY" || data === "APPEND_FORWARD" || data === "SANITIZE_SET" || data === "ALWAYS_FORWARD_ONLY" || data === 0 || data === 1 || data === 2 || data === 3 || data === 4 || data === 5 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ForwardClientCertDetails.values/enum", keyword: "enum", params: { allowedValues: schema67.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate194.errors = vErrors;
  return errors === 0;
}
function validate191(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema65.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "numTrustedProxies" || key0 === "num_trusted_proxies" || key0 === "forwardClientCertDetails" || key0 === "forward_client_cert_details" || key0 === "proxyProtocol" || key0 === "proxy_protocol")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.numTrustedProxies !== void 0) {
      if (!validate34(data.numTrustedProxies, { instancePath: instancePath + "/numTrustedProxies", parentData: data, parentDataProperty: "numTrustedProxies", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.num_trusted_proxies !== void 0) {
      if (!validate34(data.num_trusted_proxies, { instancePath: instancePath + "/num_trusted_proxies", parentData: data, parentDataProperty: "num_trusted_proxies", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.forwardClientCertDetails !== void 0) {
      if (!validate194(data.forwardClientCertDetails, { instancePath: instancePath + "/forwardClientCertDetails", parentData: data, parentDataProperty: "forwardClientCertDetails", rootData })) {
        vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
        errors = vErrors.length;
      }
    }
    if (data.forward_client_cert_details !== void 0) {
      if (!validate194(data.forward_client_cert_details, { instancePath: instancePath + "/forward_client_cert_details", parentData: data, parentDataProperty: "forward_client_cert_details", rootData })) {
        vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyProtocol !== void 0) {
      let data4 = data.proxyProtocol;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err2 = { instancePath: instancePath + "/proxyProtocol", schemaPath: "#/$defs/istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration/type", keyword: "type", params: { type: schema68.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          const err3 = { instancePath: instancePath + "/proxyProtocol", schemaPath: "#/$defs/istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.proxy_protocol !== void 0) {
      let data5 = data.proxy_protocol;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err4 = { instancePath: instancePath + "/proxy_protocol", schemaPath: "#/$defs/istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration/type", keyword: "type", params: { type: schema68.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          const err5 = { instancePath: instancePath + "/proxy_protocol", schemaPath: "#/$defs/istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  validate191.errors = vErrors;
  return errors === 0;
}
var schema70 = { "type": ["object", "null"], "properties": { "initialDelaySeconds": { "$ref": "#/$defs/proto.int32" }, "initial_delay_seconds": { "$ref": "#/$defs/proto.int32" }, "timeoutSeconds": { "$ref": "#/$defs/proto.int32" }, "timeout_seconds": { "$ref": "#/$defs/proto.int32" }, "periodSeconds": { "$ref": "#/$defs/proto.int32" }, "period_seconds": { "$ref": "#/$defs/proto.int32" }, "successThreshold": { "$ref": "#/$defs/proto.int32" }, "success_threshold": { "$ref": "#/$defs/proto.int32" }, "failureThreshold": { "$ref": "#/$defs/proto.int32" }, "failure_threshold": { "$ref": "#/$defs/proto.int32" }, "httpGet": { "$ref": "#/$defs/istio.networking.v1alpha3.HTTPHealthCheckConfig" }, "http_get": { "$ref": "#/$defs/istio.networking.v1alpha3.HTTPHealthCheckConfig" }, "tcpSocket": { "$ref": "#/$defs/istio.networking.v1alpha3.TCPHealthCheckConfig" }, "tcp_socket": { "$ref": "#/$defs/istio.networking.v1alpha3.TCPHealthCheckConfig" }, "exec": { "$ref": "#/$defs/istio.networking.v1alpha3.ExecHealthCheckConfig" }, "grpc": { "$ref": "#/$defs/istio.networking.v1alpha3.GrpcHealthCheckConfig" } }, "additionalProperties": false };
var schema74 = { "type": ["object", "null"], "properties": { "command": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
var schema71 = { "type": ["object", "null"], "properties": { "path": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "host": { "$ref": "#/$defs/proto.string" }, "scheme": { "$ref": "#/$defs/proto.string" }, "httpHeaders": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.networking.v1alpha3.HTTPHeader" } }, "http_headers": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.networking.v1alpha3.HTTPHeader" } } }, "additionalProperties": false };
var schema72 = { "type": ["object", "null"], "properties": { "name": { "$ref": "#/$defs/proto.string" }, "value": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate219(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema72.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate40(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== void 0) {
      if (!validate40(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate219.errors = vErrors;
  return errors === 0;
}
function validate214(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema71.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "port" || key0 === "host" || key0 === "scheme" || key0 === "httpHeaders" || key0 === "http_headers")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate40(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== void 0) {
      if (!validate40(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.scheme !== void 0) {
      if (!validate40(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpHeaders !== void 0) {
      let data4 = data.httpHeaders;
      if (!Array.isArray(data4) && data4 !== null) {
        const err2 = { instancePath: instancePath + "/httpHeaders", schemaPath: "#/properties/httpHeaders/type", keyword: "type", params: { type: schema71.properties.httpHeaders.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate219(data4[i0], { instancePath: instancePath + "/httpHeaders/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.http_headers !== void 0) {
      let data6 = data.http_headers;
      if (!Array.isArray(data6) && data6 !== null) {
        const err3 = { instancePath: instancePath + "/http_headers", schemaPath: "#/properties/http_headers/type", keyword: "type", params: { type: schema71.properties.http_headers.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate219(data6[i1], { instancePath: instancePath + "/http_headers/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate214.errors = vErrors;
  return errors === 0;
}
var schema73 = { "type": ["object", "null"], "properties": { "host": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" } }, "additionalProperties": false };
function validate226(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema73.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "host" || key0 === "port")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      if (!validate40(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate226.errors = vErrors;
  return errors === 0;
}
var schema75 = { "type": ["object", "null"], "properties": { "port": { "$ref": "#/$defs/proto.uint32" }, "service": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate231(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema75.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "service")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate231.errors = vErrors;
  return errors === 0;
}
function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema70.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema70.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.initialDelaySeconds !== void 0) {
      if (!validate19(data.initialDelaySeconds, { instancePath: instancePath + "/initialDelaySeconds", parentData: data, parentDataProperty: "initialDelaySeconds", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.initial_delay_seconds !== void 0) {
      if (!validate19(data.initial_delay_seconds, { instancePath: instancePath + "/initial_delay_seconds", parentData: data, parentDataProperty: "initial_delay_seconds", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      if (!validate19(data.timeoutSeconds, { instancePath: instancePath + "/timeoutSeconds", parentData: data, parentDataProperty: "timeoutSeconds", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout_seconds !== void 0) {
      if (!validate19(data.timeout_seconds, { instancePath: instancePath + "/timeout_seconds", parentData: data, parentDataProperty: "timeout_seconds", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.periodSeconds !== void 0) {
      if (!validate19(data.periodSeconds, { instancePath: instancePath + "/periodSeconds", parentData: data, parentDataProperty: "periodSeconds", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.period_seconds !== void 0) {
      if (!validate19(data.period_seconds, { instancePath: instancePath + "/period_seconds", parentData: data, parentDataProperty: "period_seconds", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.successThreshold !== void 0) {
      if (!validate19(data.successThreshold, { instancePath: instancePath + "/successThreshold", parentData: data, parentDataProperty: "successThreshold", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.success_threshold !== void 0) {
      if (!validate19(data.success_threshold, { instancePath: instancePath + "/success_threshold", parentData: data, parentDataProperty: "success_threshold", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.failureThreshold !== void 0) {
      if (!validate19(data.failureThreshold, { instancePath: instancePath + "/failureThreshold", parentData: data, parentDataProperty: "failureThreshold", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.failure_threshold !== void 0) {
      if (!validate19(data.failure_threshold, { instancePath: instancePath + "/failure_threshold", parentData: data, parentDataProperty: "failure_threshold", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpGet !== void 0) {
      if (!validate214(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_get !== void 0) {
      if (!validate214(data.http_get, { instancePath: instancePath + "/http_get", parentData: data, parentDataProperty: "http_get", rootData })) {
        vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!validate226(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcp_socket !== void 0) {
      if (!validate226(data.tcp_socket, { instancePath: instancePath + "/tcp_socket", parentData: data, parentDataProperty: "tcp_socket", rootData })) {
        vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
        errors = vErrors.length;
      }
    }
    if (data.exec !== void 0) {
      let data14 = data.exec;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
        const err2 = { instancePath: instancePath + "/exec", schemaPath: "#/$defs/istio.networking.v1alpha3.ExecHealthCheckConfig/type", keyword: "type", params: { type: schema74.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key1 in data14) {
          if (!(key1 === "command")) {
            const err3 = { instancePath: instancePath + "/exec", schemaPath: "#/$defs/istio.networking.v1alpha3.ExecHealthCheckConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data14.command !== void 0) {
          let data15 = data14.command;
          if (!Array.isArray(data15) && data15 !== null) {
            const err4 = { instancePath: instancePath + "/exec/command", schemaPath: "#/$defs/istio.networking.v1alpha3.ExecHealthCheckConfig/properties/command/type", keyword: "type", params: { type: schema74.properties.command.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (Array.isArray(data15)) {
            const len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data15[i0] !== "string") {
                const err5 = { instancePath: instancePath + "/exec/command/" + i0, schemaPath: "#/$defs/istio.networking.v1alpha3.ExecHealthCheckConfig/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.grpc !== void 0) {
      if (!validate231(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData })) {
        vErrors = vErrors === null ? validate231.errors : vErrors.concat(validate231.errors);
        errors = vErrors.length;
      }
    }
  }
  validate203.errors = vErrors;
  return errors === 0;
}
var schema78 = { "type": ["object", "null"], "properties": { "imageType": { "$ref": "#/$defs/proto.string" }, "image_type": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate239(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema78.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "imageType" || key0 === "image_type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.imageType !== void 0) {
      if (!validate40(data.imageType, { instancePath: instancePath + "/imageType", parentData: data, parentDataProperty: "imageType", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.image_type !== void 0) {
      if (!validate40(data.image_type, { instancePath: instancePath + "/image_type", parentData: data, parentDataProperty: "image_type", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate239.errors = vErrors;
  return errors === 0;
}
var schema79 = { "type": ["object", "null"], "properties": { "cryptomb": { "$ref": "#/$defs/istio.mesh.v1alpha1.PrivateKeyProvider.CryptoMb" }, "qat": { "$ref": "#/$defs/istio.mesh.v1alpha1.PrivateKeyProvider.QAT" } }, "additionalProperties": false };
var schema80 = { "type": ["object", "null"], "properties": { "pollDelay": { "$ref": "#/$defs/google.protobuf.Duration" }, "poll_delay": { "$ref": "#/$defs/google.protobuf.Duration" }, "fallback": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate244(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema80.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "pollDelay" || key0 === "poll_delay" || key0 === "fallback")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pollDelay !== void 0) {
      if (!validate26(data.pollDelay, { instancePath: instancePath + "/pollDelay", parentData: data, parentDataProperty: "pollDelay", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.poll_delay !== void 0) {
      if (!validate26(data.poll_delay, { instancePath: instancePath + "/poll_delay", parentData: data, parentDataProperty: "poll_delay", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.fallback !== void 0) {
      if (!validate164(data.fallback, { instancePath: instancePath + "/fallback", parentData: data, parentDataProperty: "fallback", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate244.errors = vErrors;
  return errors === 0;
}
var schema81 = { "type": ["object", "null"], "properties": { "pollDelay": { "$ref": "#/$defs/google.protobuf.Duration" }, "poll_delay": { "$ref": "#/$defs/google.protobuf.Duration" }, "fallback": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate249(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema81.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "pollDelay" || key0 === "poll_delay" || key0 === "fallback")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pollDelay !== void 0) {
      if (!validate26(data.pollDelay, { instancePath: instancePath + "/pollDelay", parentData: data, parentDataProperty: "pollDelay", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.poll_delay !== void 0) {
      if (!validate26(data.poll_delay, { instancePath: instancePath + "/poll_delay", parentData: data, parentDataProperty: "poll_delay", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.fallback !== void 0) {
      if (!validate164(data.fallback, { instancePath: instancePath + "/fallback", parentData: data, parentDataProperty: "fallback", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate249.errors = vErrors;
  return errors === 0;
}
function validate243(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema79.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "cryptomb" || key0 === "qat")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cryptomb !== void 0) {
      if (!validate244(data.cryptomb, { instancePath: instancePath + "/cryptomb", parentData: data, parentDataProperty: "cryptomb", rootData })) {
        vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
        errors = vErrors.length;
      }
    }
    if (data.qat !== void 0) {
      if (!validate249(data.qat, { instancePath: instancePath + "/qat", parentData: data, parentDataProperty: "qat", rootData })) {
        vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
        errors = vErrors.length;
      }
    }
  }
  validate243.errors = vErrors;
  return errors === 0;
}
var schema82 = { "type": ["object", "null"], "properties": { "forwardedClientCert": { "$ref": "#/$defs/istio.mesh.v1alpha1.ForwardClientCertDetails" }, "forwarded_client_cert": { "$ref": "#/$defs/istio.mesh.v1alpha1.ForwardClientCertDetails" }, "setCurrentClientCertDetails": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.SetCurrentClientCertDetails" }, "set_current_client_cert_details": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.SetCurrentClientCertDetails" }, "requestId": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.RequestId" }, "request_id": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.RequestId" }, "server": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.Server" }, "attemptCount": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.AttemptCount" }, "attempt_count": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.AttemptCount" }, "envoyDebugHeaders": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.EnvoyDebugHeaders" }, "envoy_debug_headers": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.EnvoyDebugHeaders" }, "metadataExchangeHeaders": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeHeaders" }, "metadata_exchange_headers": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeHeaders" }, "preserveHttp1HeaderCase": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "preserve_http1_header_case": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "xForwardedHost": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.XForwardedHost" }, "x_forwarded_host": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.XForwardedHost" }, "xForwardedPort": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.XForwardedPort" }, "x_forwarded_port": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.XForwardedPort" } }, "additionalProperties": false };
var schema83 = { "type": ["object", "null"], "properties": { "subject": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "cert": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "chain": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "dns": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "uri": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate259(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema83.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "subject" || key0 === "cert" || key0 === "chain" || key0 === "dns" || key0 === "uri")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      if (!validate164(data.subject, { instancePath: instancePath + "/subject", parentData: data, parentDataProperty: "subject", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.cert !== void 0) {
      if (!validate164(data.cert, { instancePath: instancePath + "/cert", parentData: data, parentDataProperty: "cert", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.chain !== void 0) {
      if (!validate164(data.chain, { instancePath: instancePath + "/chain", parentData: data, parentDataProperty: "chain", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns !== void 0) {
      if (!validate164(data.dns, { instancePath: instancePath + "/dns", parentData: data, parentDataProperty: "dns", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.uri !== void 0) {
      if (!validate164(data.uri, { instancePath: instancePath + "/uri", parentData: data, parentDataProperty: "uri", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate259.errors = vErrors;
  return errors === 0;
}
var schema84 = { "type": ["object", "null"], "properties": { "disabled": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate267(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema84.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "disabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (!validate164(data.disabled, { instancePath: instancePath + "/disabled", parentData: data, parentDataProperty: "disabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate267.errors = vErrors;
  return errors === 0;
}
var schema85 = { "type": ["object", "null"], "properties": { "disabled": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "value": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate271(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema85.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "disabled" || key0 === "value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (!validate164(data.disabled, { instancePath: instancePath + "/disabled", parentData: data, parentDataProperty: "disabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== void 0) {
      if (!validate40(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate271.errors = vErrors;
  return errors === 0;
}
var schema86 = { "type": ["object", "null"], "properties": { "disabled": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate275(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema86.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "disabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (!validate164(data.disabled, { instancePath: instancePath + "/disabled", parentData: data, parentDataProperty: "disabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate275.errors = vErrors;
  return errors === 0;
}
var schema87 = { "type": ["object", "null"], "properties": { "disabled": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate279(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema87.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "disabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (!validate164(data.disabled, { instancePath: instancePath + "/disabled", parentData: data, parentDataProperty: "disabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate279.errors = vErrors;
  return errors === 0;
}
var schema88 = { "type": ["object", "null"], "properties": { "mode": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeMode" } }, "additionalProperties": false };
var schema90 = { "enum": ["UNDEFINED", "IN_MESH", 0, 1, null] };
function validate284(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "UNDEFINED" || data === "IN_MESH" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeMode.values/enum", keyword: "enum", params: { allowedValues: schema90.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate284.errors = vErrors;
  return errors === 0;
}
function validate283(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema88.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "mode")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (!validate284(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData })) {
        vErrors = vErrors === null ? validate284.errors : vErrors.concat(validate284.errors);
        errors = vErrors.length;
      }
    }
  }
  validate283.errors = vErrors;
  return errors === 0;
}
var schema91 = { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate290(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema91.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (!validate164(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate290.errors = vErrors;
  return errors === 0;
}
var schema92 = { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
function validate294(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema92.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (!validate164(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate294.errors = vErrors;
  return errors === 0;
}
function validate256(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema82.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema82.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.forwardedClientCert !== void 0) {
      if (!validate194(data.forwardedClientCert, { instancePath: instancePath + "/forwardedClientCert", parentData: data, parentDataProperty: "forwardedClientCert", rootData })) {
        vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
        errors = vErrors.length;
      }
    }
    if (data.forwarded_client_cert !== void 0) {
      if (!validate194(data.forwarded_client_cert, { instancePath: instancePath + "/forwarded_client_cert", parentData: data, parentDataProperty: "forwarded_client_cert", rootData })) {
        vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
        errors = vErrors.length;
      }
    }
    if (data.setCurrentClientCertDetails !== void 0) {
      if (!validate259(data.setCurrentClientCertDetails, { instancePath: instancePath + "/setCurrentClientCertDetails", parentData: data, parentDataProperty: "setCurrentClientCertDetails", rootData })) {
        vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
        errors = vErrors.length;
      }
    }
    if (data.set_current_client_cert_details !== void 0) {
      if (!validate259(data.set_current_client_cert_details, { instancePath: instancePath + "/set_current_client_cert_details", parentData: data, parentDataProperty: "set_current_client_cert_details", rootData })) {
        vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestId !== void 0) {
      if (!validate267(data.requestId, { instancePath: instancePath + "/requestId", parentData: data, parentDataProperty: "requestId", rootData })) {
        vErrors = vErrors === null ? validate267.errors : vErrors.concat(validate267.errors);
        errors = vErrors.length;
      }
    }
    if (data.request_id !== void 0) {
      if (!validate267(data.request_id, { instancePath: instancePath + "/request_id", parentData: data, parentDataProperty: "request_id", rootData })) {
        vErrors = vErrors === null ? validate267.errors : vErrors.concat(validate267.errors);
        errors = vErrors.length;
      }
    }
    if (data.server !== void 0) {
      if (!validate271(data.server, { instancePath: instancePath + "/server", parentData: data, parentDataProperty: "server", rootData })) {
        vErrors = vErrors === null ? validate271.errors : vErrors.concat(validate271.errors);
        errors = vErrors.length;
      }
    }
    if (data.attemptCount !== void 0) {
      if (!validate275(data.attemptCount, { instancePath: instancePath + "/attemptCount", parentData: data, parentDataProperty: "attemptCount", rootData })) {
        vErrors = vErrors === null ? validate275.errors : vErrors.concat(validate275.errors);
        errors = vErrors.length;
      }
    }
    if (data.attempt_count !== void 0) {
      if (!validate275(data.attempt_count, { instancePath: instancePath + "/attempt_count", parentData: data, parentDataProperty: "attempt_count", rootData })) {
        vErrors = vErrors === null ? validate275.errors : vErrors.concat(validate275.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyDebugHeaders !== void 0) {
      if (!validate279(data.envoyDebugHeaders, { instancePath: instancePath + "/envoyDebugHeaders", parentData: data, parentDataProperty: "envoyDebugHeaders", rootData })) {
        vErrors = vErrors === null ? validate279.errors : vErrors.concat(validate279.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_debug_headers !== void 0) {
      if (!validate279(data.envoy_debug_headers, { instancePath: instancePath + "/envoy_debug_headers", parentData: data, parentDataProperty: "envoy_debug_headers", rootData })) {
        vErrors = vErrors === null ? validate279.errors : vErrors.concat(validate279.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadataExchangeHeaders !== void 0) {
      if (!validate283(data.metadataExchangeHeaders, { instancePath: instancePath + "/metadataExchangeHeaders", parentData: data, parentDataProperty: "metadataExchangeHeaders", rootData })) {
        vErrors = vErrors === null ? validate283.errors : vErrors.concat(validate283.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata_exchange_headers !== void 0) {
      if (!validate283(data.metadata_exchange_headers, { instancePath: instancePath + "/metadata_exchange_headers", parentData: data, parentDataProperty: "metadata_exchange_headers", rootData })) {
        vErrors = vErrors === null ? validate283.errors : vErrors.concat(validate283.errors);
        errors = vErrors.length;
      }
    }
    if (data.preserveHttp1HeaderCase !== void 0) {
      if (!validate164(data.preserveHttp1HeaderCase, { instancePath: instancePath + "/preserveHttp1HeaderCase", parentData: data, parentDataProperty: "preserveHttp1HeaderCase", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.preserve_http1_header_case !== void 0) {
      if (!validate164(data.preserve_http1_header_case, { instancePath: instancePath + "/preserve_http1_header_case", parentData: data, parentDataProperty: "preserve_http1_header_case", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.xForwardedHost !== void 0) {
      if (!validate290(data.xForwardedHost, { instancePath: instancePath + "/xForwardedHost", parentData: data, parentDataProperty: "xForwardedHost", rootData })) {
        vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
        errors = vErrors.length;
      }
    }
    if (data.x_forwarded_host !== void 0) {
      if (!validate290(data.x_forwarded_host, { instancePath: instancePath + "/x_forwarded_host", parentData: data, parentDataProperty: "x_forwarded_host", rootData })) {
        vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
        errors = vErrors.length;
      }
    }
    if (data.xForwardedPort !== void 0) {
      if (!validate294(data.xForwardedPort, { instancePath: instancePath + "/xForwardedPort", parentData: data, parentDataProperty: "xForwardedPort", rootData })) {
        vErrors = vErrors === null ? validate294.errors : vErrors.concat(validate294.errors);
        errors = vErrors.length;
      }
    }
    if (data.x_forwarded_port !== void 0) {
      if (!validate294(data.x_forwarded_port, { instancePath: instancePath + "/x_forwarded_port", parentData: data, parentDataProperty: "x_forwarded_port", rootData })) {
        vErrors = vErrors === null ? validate294.errors : vErrors.concat(validate294.errors);
        errors = vErrors.length;
      }
    }
  }
  validate256.errors = vErrors;
  return errors === 0;
}
var schema93 = { "type": ["object", "null"], "properties": { "profile": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.Profile" }, "listenerPerConnectionBufferLimitBytes": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "listener_per_connection_buffer_limit_bytes": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "clusterPerConnectionBufferLimitBytes": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "cluster_per_connection_buffer_limit_bytes": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "httpIdleTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_idle_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpMaxConnectionDuration": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_max_connection_duration": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpDrainTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_drain_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpRequestTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_request_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpRequestHeadersTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_request_headers_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpStreamIdleTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_stream_idle_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpMaxStreamDuration": { "$ref": "#/$defs/google.protobuf.Duration" }, "http_max_stream_duration": { "$ref": "#/$defs/google.protobuf.Duration" }, "httpMaxConcurrentStreams": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "http_max_concurrent_streams": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "http2InitialStreamWindowSize": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "http2_initial_stream_window_size": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "http2InitialConnectionWindowSize": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "http2_initial_connection_window_size": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "httpHeadersWithUnderscoresAction": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.HeadersWithUnderscoresAction" }, "http_headers_with_underscores_action": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.HeadersWithUnderscoresAction" }, "httpMergeSlashes": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "http_merge_slashes": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "httpPathWithEscapedSlashesAction": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.PathWithEscapedSlashesAction" }, "http_path_with_escaped_slashes_action": { "$ref": "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.PathWithEscapedSlashesAction" }, "listenerConnectionLimit": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "listener_connection_limit": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "globalDownstreamConnectionLimit": { "$ref": "#/$defs/google.protobuf.Int32Value" }, "global_downstream_connection_limit": { "$ref": "#/$defs/google.protobuf.Int32Value" } }, "additionalProperties": false };
var schema95 = { "enum": ["SIDECAR", "EDGE", 0, 1, null] };
function validate307(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "SIDECAR" || data === "EDGE" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.Profile.values/enum", keyword: "enum", params: { allowedValues: schema95.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate307.errors = vErrors;
  return errors === 0;
}
var schema97 = { "enum": ["HEADERS_WITH_UNDERSCORES_UNSPECIFIED", "HEADERS_WITH_UNDERSCORES_ALLOW", "HEADERS_WITH_UNDERSCORES_REJECT_REQUEST", "HEADERS_WITH_UNDERSCORES_DROP_HEADER", 0, 1, 2, 3, null] };
function validate333(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "HEADERS_WITH_UNDERSCORES_UNSPECIFIED" || data === "HEADERS_WITH_UNDERSCORES_ALLOW" || data === "HEADERS_WITH_UNDERSCORES_REJECT_REQUEST" || data === "HEADERS_WITH_UNDERSCORES_DROP_HEADER" || data === 0 || data === 1 || data === 2 || data === 3 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.HeadersWithUnderscoresAction.values/enum", keyword: "enum", params: { allowedValues: schema97.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate333.errors = vErrors;
  return errors === 0;
}
var schema99 = { "enum": ["PATH_WITH_ESCAPED_SLASHES_UNSPECIFIED", "KEEP_UNCHANGED", "REJECT_REQUEST", "UNESCAPE_AND_REDIRECT", "UNESCAPE_AND_FORWARD", 0, 1, 2, 3, 4, null] };
function validate338(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "PATH_WITH_ESCAPED_SLASHES_UNSPECIFIED" || data === "KEEP_UNCHANGED" || data === "REJECT_REQUEST" || data === "UNESCAPE_AND_REDIRECT" || data === "UNESCAPE_AND_FORWARD" || data === 0 || data === 1 || data === 2 || data === 3 || data === 4 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ConnectionSettings.PathWithEscapedSlashesAction.values/enum", keyword: "enum", params: { allowedValues: schema99.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate338.errors = vErrors;
  return errors === 0;
}
function validate306(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema93.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema93.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      if (!validate307(data.profile, { instancePath: instancePath + "/profile", parentData: data, parentDataProperty: "profile", rootData })) {
        vErrors = vErrors === null ? validate307.errors : vErrors.concat(validate307.errors);
        errors = vErrors.length;
      }
    }
    if (data.listenerPerConnectionBufferLimitBytes !== void 0) {
      if (!validate97(data.listenerPerConnectionBufferLimitBytes, { instancePath: instancePath + "/listenerPerConnectionBufferLimitBytes", parentData: data, parentDataProperty: "listenerPerConnectionBufferLimitBytes", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.listener_per_connection_buffer_limit_bytes !== void 0) {
      if (!validate97(data.listener_per_connection_buffer_limit_bytes, { instancePath: instancePath + "/listener_per_connection_buffer_limit_bytes", parentData: data, parentDataProperty: "listener_per_connection_buffer_limit_bytes", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterPerConnectionBufferLimitBytes !== void 0) {
      if (!validate97(data.clusterPerConnectionBufferLimitBytes, { instancePath: instancePath + "/clusterPerConnectionBufferLimitBytes", parentData: data, parentDataProperty: "clusterPerConnectionBufferLimitBytes", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.cluster_per_connection_buffer_limit_bytes !== void 0) {
      if (!validate97(data.cluster_per_connection_buffer_limit_bytes, { instancePath: instancePath + "/cluster_per_connection_buffer_limit_bytes", parentData: data, parentDataProperty: "cluster_per_connection_buffer_limit_bytes", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpIdleTimeout !== void 0) {
      if (!validate26(data.httpIdleTimeout, { instancePath: instancePath + "/httpIdleTimeout", parentData: data, parentDataProperty: "httpIdleTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_idle_timeout !== void 0) {
      if (!validate26(data.http_idle_timeout, { instancePath: instancePath + "/http_idle_timeout", parentData: data, parentDataProperty: "http_idle_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpMaxConnectionDuration !== void 0) {
      if (!validate26(data.httpMaxConnectionDuration, { instancePath: instancePath + "/httpMaxConnectionDuration", parentData: data, parentDataProperty: "httpMaxConnectionDuration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_max_connection_duration !== void 0) {
      if (!validate26(data.http_max_connection_duration, { instancePath: instancePath + "/http_max_connection_duration", parentData: data, parentDataProperty: "http_max_connection_duration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpDrainTimeout !== void 0) {
      if (!validate26(data.httpDrainTimeout, { instancePath: instancePath + "/httpDrainTimeout", parentData: data, parentDataProperty: "httpDrainTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_drain_timeout !== void 0) {
      if (!validate26(data.http_drain_timeout, { instancePath: instancePath + "/http_drain_timeout", parentData: data, parentDataProperty: "http_drain_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpRequestTimeout !== void 0) {
      if (!validate26(data.httpRequestTimeout, { instancePath: instancePath + "/httpRequestTimeout", parentData: data, parentDataProperty: "httpRequestTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_request_timeout !== void 0) {
      if (!validate26(data.http_request_timeout, { instancePath: instancePath + "/http_request_timeout", parentData: data, parentDataProperty: "http_request_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpRequestHeadersTimeout !== void 0) {
      if (!validate26(data.httpRequestHeadersTimeout, { instancePath: instancePath + "/httpRequestHeadersTimeout", parentData: data, parentDataProperty: "httpRequestHeadersTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_request_headers_timeout !== void 0) {
      if (!validate26(data.http_request_headers_timeout, { instancePath: instancePath + "/http_request_headers_timeout", parentData: data, parentDataProperty: "http_request_headers_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpStreamIdleTimeout !== void 0) {
      if (!validate26(data.httpStreamIdleTimeout, { instancePath: instancePath + "/httpStreamIdleTimeout", parentData: data, parentDataProperty: "httpStreamIdleTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_stream_idle_timeout !== void 0) {
      if (!validate26(data.http_stream_idle_timeout, { instancePath: instancePath + "/http_stream_idle_timeout", parentData: data, parentDataProperty: "http_stream_idle_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpMaxStreamDuration !== void 0) {
      if (!validate26(data.httpMaxStreamDuration, { instancePath: instancePath + "/httpMaxStreamDuration", parentData: data, parentDataProperty: "httpMaxStreamDuration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_max_stream_duration !== void 0) {
      if (!validate26(data.http_max_stream_duration, { instancePath: instancePath + "/http_max_stream_duration", parentData: data, parentDataProperty: "http_max_stream_duration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpMaxConcurrentStreams !== void 0) {
      if (!validate97(data.httpMaxConcurrentStreams, { instancePath: instancePath + "/httpMaxConcurrentStreams", parentData: data, parentDataProperty: "httpMaxConcurrentStreams", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_max_concurrent_streams !== void 0) {
      if (!validate97(data.http_max_concurrent_streams, { instancePath: instancePath + "/http_max_concurrent_streams", parentData: data, parentDataProperty: "http_max_concurrent_streams", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2InitialStreamWindowSize !== void 0) {
      if (!validate97(data.http2InitialStreamWindowSize, { instancePath: instancePath + "/http2InitialStreamWindowSize", parentData: data, parentDataProperty: "http2InitialStreamWindowSize", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2_initial_stream_window_size !== void 0) {
      if (!validate97(data.http2_initial_stream_window_size, { instancePath: instancePath + "/http2_initial_stream_window_size", parentData: data, parentDataProperty: "http2_initial_stream_window_size", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2InitialConnectionWindowSize !== void 0) {
      if (!validate97(data.http2InitialConnectionWindowSize, { instancePath: instancePath + "/http2InitialConnectionWindowSize", parentData: data, parentDataProperty: "http2InitialConnectionWindowSize", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2_initial_connection_window_size !== void 0) {
      if (!validate97(data.http2_initial_connection_window_size, { instancePath: instancePath + "/http2_initial_connection_window_size", parentData: data, parentDataProperty: "http2_initial_connection_window_size", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpHeadersWithUnderscoresAction !== void 0) {
      if (!validate333(data.httpHeadersWithUnderscoresAction, { instancePath: instancePath + "/httpHeadersWithUnderscoresAction", parentData: data, parentDataProperty: "httpHeadersWithUnderscoresAction", rootData })) {
        vErrors = vErrors === null ? validate333.errors : vErrors.concat(validate333.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_headers_with_underscores_action !== void 0) {
      if (!validate333(data.http_headers_with_underscores_action, { instancePath: instancePath + "/http_headers_with_underscores_action", parentData: data, parentDataProperty: "http_headers_with_underscores_action", rootData })) {
        vErrors = vErrors === null ? validate333.errors : vErrors.concat(validate333.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpMergeSlashes !== void 0) {
      if (!validate164(data.httpMergeSlashes, { instancePath: instancePath + "/httpMergeSlashes", parentData: data, parentDataProperty: "httpMergeSlashes", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_merge_slashes !== void 0) {
      if (!validate164(data.http_merge_slashes, { instancePath: instancePath + "/http_merge_slashes", parentData: data, parentDataProperty: "http_merge_slashes", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPathWithEscapedSlashesAction !== void 0) {
      if (!validate338(data.httpPathWithEscapedSlashesAction, { instancePath: instancePath + "/httpPathWithEscapedSlashesAction", parentData: data, parentDataProperty: "httpPathWithEscapedSlashesAction", rootData })) {
        vErrors = vErrors === null ? validate338.errors : vErrors.concat(validate338.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_path_with_escaped_slashes_action !== void 0) {
      if (!validate338(data.http_path_with_escaped_slashes_action, { instancePath: instancePath + "/http_path_with_escaped_slashes_action", parentData: data, parentDataProperty: "http_path_with_escaped_slashes_action", rootData })) {
        vErrors = vErrors === null ? validate338.errors : vErrors.concat(validate338.errors);
        errors = vErrors.length;
      }
    }
    if (data.listenerConnectionLimit !== void 0) {
      if (!validate97(data.listenerConnectionLimit, { instancePath: instancePath + "/listenerConnectionLimit", parentData: data, parentDataProperty: "listenerConnectionLimit", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.listener_connection_limit !== void 0) {
      if (!validate97(data.listener_connection_limit, { instancePath: instancePath + "/listener_connection_limit", parentData: data, parentDataProperty: "listener_connection_limit", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalDownstreamConnectionLimit !== void 0) {
      if (!validate97(data.globalDownstreamConnectionLimit, { instancePath: instancePath + "/globalDownstreamConnectionLimit", parentData: data, parentDataProperty: "globalDownstreamConnectionLimit", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.global_downstream_connection_limit !== void 0) {
      if (!validate97(data.global_downstream_connection_limit, { instancePath: instancePath + "/global_downstream_connection_limit", parentData: data, parentDataProperty: "global_downstream_connection_limit", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
  }
  validate306.errors = vErrors;
  return errors === 0;
}
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema33.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configPath !== void 0) {
      if (!validate40(data.configPath, { instancePath: instancePath + "/configPath", parentData: data, parentDataProperty: "configPath", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.config_path !== void 0) {
      if (!validate40(data.config_path, { instancePath: instancePath + "/config_path", parentData: data, parentDataProperty: "config_path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.binaryPath !== void 0) {
      if (!validate40(data.binaryPath, { instancePath: instancePath + "/binaryPath", parentData: data, parentDataProperty: "binaryPath", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.binary_path !== void 0) {
      if (!validate40(data.binary_path, { instancePath: instancePath + "/binary_path", parentData: data, parentDataProperty: "binary_path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceCluster !== void 0) {
      if (!validate40(data.serviceCluster, { instancePath: instancePath + "/serviceCluster", parentData: data, parentDataProperty: "serviceCluster", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.service_cluster !== void 0) {
      if (!validate40(data.service_cluster, { instancePath: instancePath + "/service_cluster", parentData: data, parentDataProperty: "service_cluster", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.tracingServiceName !== void 0) {
      if (!validate71(data.tracingServiceName, { instancePath: instancePath + "/tracingServiceName", parentData: data, parentDataProperty: "tracingServiceName", rootData })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.tracing_service_name !== void 0) {
      if (!validate71(data.tracing_service_name, { instancePath: instancePath + "/tracing_service_name", parentData: data, parentDataProperty: "tracing_service_name", rootData })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.drainDuration !== void 0) {
      if (!validate26(data.drainDuration, { instancePath: instancePath + "/drainDuration", parentData: data, parentDataProperty: "drainDuration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.drain_duration !== void 0) {
      if (!validate26(data.drain_duration, { instancePath: instancePath + "/drain_duration", parentData: data, parentDataProperty: "drain_duration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.discoveryAddress !== void 0) {
      if (!validate40(data.discoveryAddress, { instancePath: instancePath + "/discoveryAddress", parentData: data, parentDataProperty: "discoveryAddress", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.discovery_address !== void 0) {
      if (!validate40(data.discovery_address, { instancePath: instancePath + "/discovery_address", parentData: data, parentDataProperty: "discovery_address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.discoveryRefreshDelay !== void 0) {
      if (!validate26(data.discoveryRefreshDelay, { instancePath: instancePath + "/discoveryRefreshDelay", parentData: data, parentDataProperty: "discoveryRefreshDelay", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.discovery_refresh_delay !== void 0) {
      if (!validate26(data.discovery_refresh_delay, { instancePath: instancePath + "/discovery_refresh_delay", parentData: data, parentDataProperty: "discovery_refresh_delay", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.zipkinAddress !== void 0) {
      if (!validate40(data.zipkinAddress, { instancePath: instancePath + "/zipkinAddress", parentData: data, parentDataProperty: "zipkinAddress", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.zipkin_address !== void 0) {
      if (!validate40(data.zipkin_address, { instancePath: instancePath + "/zipkin_address", parentData: data, parentDataProperty: "zipkin_address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.statsdUdpAddress !== void 0) {
      if (!validate40(data.statsdUdpAddress, { instancePath: instancePath + "/statsdUdpAddress", parentData: data, parentDataProperty: "statsdUdpAddress", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.statsd_udp_address !== void 0) {
      if (!validate40(data.statsd_udp_address, { instancePath: instancePath + "/statsd_udp_address", parentData: data, parentDataProperty: "statsd_udp_address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyMetricsServiceAddress !== void 0) {
      if (!validate40(data.envoyMetricsServiceAddress, { instancePath: instancePath + "/envoyMetricsServiceAddress", parentData: data, parentDataProperty: "envoyMetricsServiceAddress", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_metrics_service_address !== void 0) {
      if (!validate40(data.envoy_metrics_service_address, { instancePath: instancePath + "/envoy_metrics_service_address", parentData: data, parentDataProperty: "envoy_metrics_service_address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyAdminPort !== void 0) {
      if (!validate19(data.proxyAdminPort, { instancePath: instancePath + "/proxyAdminPort", parentData: data, parentDataProperty: "proxyAdminPort", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy_admin_port !== void 0) {
      if (!validate19(data.proxy_admin_port, { instancePath: instancePath + "/proxy_admin_port", parentData: data, parentDataProperty: "proxy_admin_port", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.availabilityZone !== void 0) {
      if (!validate40(data.availabilityZone, { instancePath: instancePath + "/availabilityZone", parentData: data, parentDataProperty: "availabilityZone", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.availability_zone !== void 0) {
      if (!validate40(data.availability_zone, { instancePath: instancePath + "/availability_zone", parentData: data, parentDataProperty: "availability_zone", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.controlPlaneAuthPolicy !== void 0) {
      if (!validate90(data.controlPlaneAuthPolicy, { instancePath: instancePath + "/controlPlaneAuthPolicy", parentData: data, parentDataProperty: "controlPlaneAuthPolicy", rootData })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.control_plane_auth_policy !== void 0) {
      if (!validate90(data.control_plane_auth_policy, { instancePath: instancePath + "/control_plane_auth_policy", parentData: data, parentDataProperty: "control_plane_auth_policy", rootData })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.customConfigFile !== void 0) {
      if (!validate40(data.customConfigFile, { instancePath: instancePath + "/customConfigFile", parentData: data, parentDataProperty: "customConfigFile", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.custom_config_file !== void 0) {
      if (!validate40(data.custom_config_file, { instancePath: instancePath + "/custom_config_file", parentData: data, parentDataProperty: "custom_config_file", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.statNameLength !== void 0) {
      if (!validate19(data.statNameLength, { instancePath: instancePath + "/statNameLength", parentData: data, parentDataProperty: "statNameLength", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.stat_name_length !== void 0) {
      if (!validate19(data.stat_name_length, { instancePath: instancePath + "/stat_name_length", parentData: data, parentDataProperty: "stat_name_length", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.concurrency !== void 0) {
      if (!validate97(data.concurrency, { instancePath: instancePath + "/concurrency", parentData: data, parentDataProperty: "concurrency", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyBootstrapTemplatePath !== void 0) {
      if (!validate40(data.proxyBootstrapTemplatePath, { instancePath: instancePath + "/proxyBootstrapTemplatePath", parentData: data, parentDataProperty: "proxyBootstrapTemplatePath", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy_bootstrap_template_path !== void 0) {
      if (!validate40(data.proxy_bootstrap_template_path, { instancePath: instancePath + "/proxy_bootstrap_template_path", parentData: data, parentDataProperty: "proxy_bootstrap_template_path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.interceptionMode !== void 0) {
      if (!validate101(data.interceptionMode, { instancePath: instancePath + "/interceptionMode", parentData: data, parentDataProperty: "interceptionMode", rootData })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.interception_mode !== void 0) {
      if (!validate101(data.interception_mode, { instancePath: instancePath + "/interception_mode", parentData: data, parentDataProperty: "interception_mode", rootData })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.tracing !== void 0) {
      if (!validate104(data.tracing, { instancePath: instancePath + "/tracing", parentData: data, parentDataProperty: "tracing", rootData })) {
        vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
        errors = vErrors.length;
      }
    }
    if (data.sds !== void 0) {
      if (!validate174(data.sds, { instancePath: instancePath + "/sds", parentData: data, parentDataProperty: "sds", rootData })) {
        vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyAccessLogService !== void 0) {
      if (!validate179(data.envoyAccessLogService, { instancePath: instancePath + "/envoyAccessLogService", parentData: data, parentDataProperty: "envoyAccessLogService", rootData })) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_access_log_service !== void 0) {
      if (!validate179(data.envoy_access_log_service, { instancePath: instancePath + "/envoy_access_log_service", parentData: data, parentDataProperty: "envoy_access_log_service", rootData })) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyMetricsService !== void 0) {
      if (!validate179(data.envoyMetricsService, { instancePath: instancePath + "/envoyMetricsService", parentData: data, parentDataProperty: "envoyMetricsService", rootData })) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_metrics_service !== void 0) {
      if (!validate179(data.envoy_metrics_service, { instancePath: instancePath + "/envoy_metrics_service", parentData: data, parentDataProperty: "envoy_metrics_service", rootData })) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyMetadata !== void 0) {
      let data41 = data.proxyMetadata;
      if (!(data41 && typeof data41 == "object" && !Array.isArray(data41)) && data41 !== null) {
        const err2 = { instancePath: instancePath + "/proxyMetadata", schemaPath: "#/properties/proxyMetadata/type", keyword: "type", params: { type: schema33.properties.proxyMetadata.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key1 in data41) {
          if (typeof data41[key1] !== "string") {
            const err3 = { instancePath: instancePath + "/proxyMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/proxyMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.proxy_metadata !== void 0) {
      let data43 = data.proxy_metadata;
      if (!(data43 && typeof data43 == "object" && !Array.isArray(data43)) && data43 !== null) {
        const err4 = { instancePath: instancePath + "/proxy_metadata", schemaPath: "#/properties/proxy_metadata/type", keyword: "type", params: { type: schema33.properties.proxy_metadata.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key2 in data43) {
          if (typeof data43[key2] !== "string") {
            const err5 = { instancePath: instancePath + "/proxy_metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/proxy_metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.runtimeValues !== void 0) {
      let data45 = data.runtimeValues;
      if (!(data45 && typeof data45 == "object" && !Array.isArray(data45)) && data45 !== null) {
        const err6 = { instancePath: instancePath + "/runtimeValues", schemaPath: "#/properties/runtimeValues/type", keyword: "type", params: { type: schema33.properties.runtimeValues.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key3 in data45) {
          if (typeof data45[key3] !== "string") {
            const err7 = { instancePath: instancePath + "/runtimeValues/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runtimeValues/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.runtime_values !== void 0) {
      let data47 = data.runtime_values;
      if (!(data47 && typeof data47 == "object" && !Array.isArray(data47)) && data47 !== null) {
        const err8 = { instancePath: instancePath + "/runtime_values", schemaPath: "#/properties/runtime_values/type", keyword: "type", params: { type: schema33.properties.runtime_values.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        for (const key4 in data47) {
          if (typeof data47[key4] !== "string") {
            const err9 = { instancePath: instancePath + "/runtime_values/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runtime_values/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    if (data.statusPort !== void 0) {
      if (!validate19(data.statusPort, { instancePath: instancePath + "/statusPort", parentData: data, parentDataProperty: "statusPort", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.status_port !== void 0) {
      if (!validate19(data.status_port, { instancePath: instancePath + "/status_port", parentData: data, parentDataProperty: "status_port", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.extraStatTags !== void 0) {
      let data51 = data.extraStatTags;
      if (!Array.isArray(data51) && data51 !== null) {
        const err10 = { instancePath: instancePath + "/extraStatTags", schemaPath: "#/properties/extraStatTags/type", keyword: "type", params: { type: schema33.properties.extraStatTags.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (Array.isArray(data51)) {
        const len0 = data51.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data51[i0] !== "string") {
            const err11 = { instancePath: instancePath + "/extraStatTags/" + i0, schemaPath: "#/properties/extraStatTags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.extra_stat_tags !== void 0) {
      let data53 = data.extra_stat_tags;
      if (!Array.isArray(data53) && data53 !== null) {
        const err12 = { instancePath: instancePath + "/extra_stat_tags", schemaPath: "#/properties/extra_stat_tags/type", keyword: "type", params: { type: schema33.properties.extra_stat_tags.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (Array.isArray(data53)) {
        const len1 = data53.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data53[i1] !== "string") {
            const err13 = { instancePath: instancePath + "/extra_stat_tags/" + i1, schemaPath: "#/properties/extra_stat_tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    if (data.gatewayTopology !== void 0) {
      if (!validate191(data.gatewayTopology, { instancePath: instancePath + "/gatewayTopology", parentData: data, parentDataProperty: "gatewayTopology", rootData })) {
        vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
        errors = vErrors.length;
      }
    }
    if (data.gateway_topology !== void 0) {
      if (!validate191(data.gateway_topology, { instancePath: instancePath + "/gateway_topology", parentData: data, parentDataProperty: "gateway_topology", rootData })) {
        vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
        errors = vErrors.length;
      }
    }
    if (data.terminationDrainDuration !== void 0) {
      if (!validate26(data.terminationDrainDuration, { instancePath: instancePath + "/terminationDrainDuration", parentData: data, parentDataProperty: "terminationDrainDuration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.termination_drain_duration !== void 0) {
      if (!validate26(data.termination_drain_duration, { instancePath: instancePath + "/termination_drain_duration", parentData: data, parentDataProperty: "termination_drain_duration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.meshId !== void 0) {
      if (!validate40(data.meshId, { instancePath: instancePath + "/meshId", parentData: data, parentDataProperty: "meshId", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.mesh_id !== void 0) {
      if (!validate40(data.mesh_id, { instancePath: instancePath + "/mesh_id", parentData: data, parentDataProperty: "mesh_id", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!validate203(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
        errors = vErrors.length;
      }
    }
    if (data.readiness_probe !== void 0) {
      if (!validate203(data.readiness_probe, { instancePath: instancePath + "/readiness_probe", parentData: data, parentDataProperty: "readiness_probe", rootData })) {
        vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyStatsMatcher !== void 0) {
      let data63 = data.proxyStatsMatcher;
      if (!(data63 && typeof data63 == "object" && !Array.isArray(data63)) && data63 !== null) {
        const err14 = { instancePath: instancePath + "/proxyStatsMatcher", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/type", keyword: "type", params: { type: schema76.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        for (const key5 in data63) {
          if (!(key5 === "inclusionPrefixes" || key5 === "inclusion_prefixes" || key5 === "inclusionSuffixes" || key5 === "inclusion_suffixes" || key5 === "inclusionRegexps" || key5 === "inclusion_regexps")) {
            const err15 = { instancePath: instancePath + "/proxyStatsMatcher", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data63.inclusionPrefixes !== void 0) {
          let data64 = data63.inclusionPrefixes;
          if (!Array.isArray(data64) && data64 !== null) {
            const err16 = { instancePath: instancePath + "/proxyStatsMatcher/inclusionPrefixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionPrefixes/type", keyword: "type", params: { type: schema76.properties.inclusionPrefixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (Array.isArray(data64)) {
            const len2 = data64.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data64[i2] !== "string") {
                const err17 = { instancePath: instancePath + "/proxyStatsMatcher/inclusionPrefixes/" + i2, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionPrefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          }
        }
        if (data63.inclusion_prefixes !== void 0) {
          let data66 = data63.inclusion_prefixes;
          if (!Array.isArray(data66) && data66 !== null) {
            const err18 = { instancePath: instancePath + "/proxyStatsMatcher/inclusion_prefixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_prefixes/type", keyword: "type", params: { type: schema76.properties.inclusion_prefixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (Array.isArray(data66)) {
            const len3 = data66.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data66[i3] !== "string") {
                const err19 = { instancePath: instancePath + "/proxyStatsMatcher/inclusion_prefixes/" + i3, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
        }
        if (data63.inclusionSuffixes !== void 0) {
          let data68 = data63.inclusionSuffixes;
          if (!Array.isArray(data68) && data68 !== null) {
            const err20 = { instancePath: instancePath + "/proxyStatsMatcher/inclusionSuffixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionSuffixes/type", keyword: "type", params: { type: schema76.properties.inclusionSuffixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (Array.isArray(data68)) {
            const len4 = data68.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data68[i4] !== "string") {
                const err21 = { instancePath: instancePath + "/proxyStatsMatcher/inclusionSuffixes/" + i4, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionSuffixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          }
        }
        if (data63.inclusion_suffixes !== void 0) {
          let data70 = data63.inclusion_suffixes;
          if (!Array.isArray(data70) && data70 !== null) {
            const err22 = { instancePath: instancePath + "/proxyStatsMatcher/inclusion_suffixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_suffixes/type", keyword: "type", params: { type: schema76.properties.inclusion_suffixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (Array.isArray(data70)) {
            const len5 = data70.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data70[i5] !== "string") {
                const err23 = { instancePath: instancePath + "/proxyStatsMatcher/inclusion_suffixes/" + i5, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_suffixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          }
        }
        if (data63.inclusionRegexps !== void 0) {
          let data72 = data63.inclusionRegexps;
          if (!Array.isArray(data72) && data72 !== null) {
            const err24 = { instancePath: instancePath + "/proxyStatsMatcher/inclusionRegexps", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionRegexps/type", keyword: "type", params: { type: schema76.properties.inclusionRegexps.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (Array.isArray(data72)) {
            const len6 = data72.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (typeof data72[i6] !== "string") {
                const err25 = { instancePath: instancePath + "/proxyStatsMatcher/inclusionRegexps/" + i6, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionRegexps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          }
        }
        if (data63.inclusion_regexps !== void 0) {
          let data74 = data63.inclusion_regexps;
          if (!Array.isArray(data74) && data74 !== null) {
            const err26 = { instancePath: instancePath + "/proxyStatsMatcher/inclusion_regexps", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_regexps/type", keyword: "type", params: { type: schema76.properties.inclusion_regexps.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (Array.isArray(data74)) {
            const len7 = data74.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data74[i7] !== "string") {
                const err27 = { instancePath: instancePath + "/proxyStatsMatcher/inclusion_regexps/" + i7, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_regexps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.proxy_stats_matcher !== void 0) {
      let data76 = data.proxy_stats_matcher;
      if (!(data76 && typeof data76 == "object" && !Array.isArray(data76)) && data76 !== null) {
        const err28 = { instancePath: instancePath + "/proxy_stats_matcher", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/type", keyword: "type", params: { type: schema76.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
        for (const key6 in data76) {
          if (!(key6 === "inclusionPrefixes" || key6 === "inclusion_prefixes" || key6 === "inclusionSuffixes" || key6 === "inclusion_suffixes" || key6 === "inclusionRegexps" || key6 === "inclusion_regexps")) {
            const err29 = { instancePath: instancePath + "/proxy_stats_matcher", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data76.inclusionPrefixes !== void 0) {
          let data77 = data76.inclusionPrefixes;
          if (!Array.isArray(data77) && data77 !== null) {
            const err30 = { instancePath: instancePath + "/proxy_stats_matcher/inclusionPrefixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionPrefixes/type", keyword: "type", params: { type: schema76.properties.inclusionPrefixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (Array.isArray(data77)) {
            const len8 = data77.length;
            for (let i8 = 0; i8 < len8; i8++) {
              if (typeof data77[i8] !== "string") {
                const err31 = { instancePath: instancePath + "/proxy_stats_matcher/inclusionPrefixes/" + i8, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionPrefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          }
        }
        if (data76.inclusion_prefixes !== void 0) {
          let data79 = data76.inclusion_prefixes;
          if (!Array.isArray(data79) && data79 !== null) {
            const err32 = { instancePath: instancePath + "/proxy_stats_matcher/inclusion_prefixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_prefixes/type", keyword: "type", params: { type: schema76.properties.inclusion_prefixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (Array.isArray(data79)) {
            const len9 = data79.length;
            for (let i9 = 0; i9 < len9; i9++) {
              if (typeof data79[i9] !== "string") {
                const err33 = { instancePath: instancePath + "/proxy_stats_matcher/inclusion_prefixes/" + i9, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          }
        }
        if (data76.inclusionSuffixes !== void 0) {
          let data81 = data76.inclusionSuffixes;
          if (!Array.isArray(data81) && data81 !== null) {
            const err34 = { instancePath: instancePath + "/proxy_stats_matcher/inclusionSuffixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionSuffixes/type", keyword: "type", params: { type: schema76.properties.inclusionSuffixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (Array.isArray(data81)) {
            const len10 = data81.length;
            for (let i10 = 0; i10 < len10; i10++) {
              if (typeof data81[i10] !== "string") {
                const err35 = { instancePath: instancePath + "/proxy_stats_matcher/inclusionSuffixes/" + i10, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionSuffixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          }
        }
        if (data76.inclusion_suffixes !== void 0) {
          let data83 = data76.inclusion_suffixes;
          if (!Array.isArray(data83) && data83 !== null) {
            const err36 = { instancePath: instancePath + "/proxy_stats_matcher/inclusion_suffixes", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_suffixes/type", keyword: "type", params: { type: schema76.properties.inclusion_suffixes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (Array.isArray(data83)) {
            const len11 = data83.length;
            for (let i11 = 0; i11 < len11; i11++) {
              if (typeof data83[i11] !== "string") {
                const err37 = { instancePath: instancePath + "/proxy_stats_matcher/inclusion_suffixes/" + i11, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_suffixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          }
        }
        if (data76.inclusionRegexps !== void 0) {
          let data85 = data76.inclusionRegexps;
          if (!Array.isArray(data85) && data85 !== null) {
            const err38 = { instancePath: instancePath + "/proxy_stats_matcher/inclusionRegexps", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionRegexps/type", keyword: "type", params: { type: schema76.properties.inclusionRegexps.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (Array.isArray(data85)) {
            const len12 = data85.length;
            for (let i12 = 0; i12 < len12; i12++) {
              if (typeof data85[i12] !== "string") {
                const err39 = { instancePath: instancePath + "/proxy_stats_matcher/inclusionRegexps/" + i12, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusionRegexps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          }
        }
        if (data76.inclusion_regexps !== void 0) {
          let data87 = data76.inclusion_regexps;
          if (!Array.isArray(data87) && data87 !== null) {
            const err40 = { instancePath: instancePath + "/proxy_stats_matcher/inclusion_regexps", schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_regexps/type", keyword: "type", params: { type: schema76.properties.inclusion_regexps.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (Array.isArray(data87)) {
            const len13 = data87.length;
            for (let i13 = 0; i13 < len13; i13++) {
              if (typeof data87[i13] !== "string") {
                const err41 = { instancePath: instancePath + "/proxy_stats_matcher/inclusion_regexps/" + i13, schemaPath: "#/$defs/istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher/properties/inclusion_regexps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.holdApplicationUntilProxyStarts !== void 0) {
      if (!validate164(data.holdApplicationUntilProxyStarts, { instancePath: instancePath + "/holdApplicationUntilProxyStarts", parentData: data, parentDataProperty: "holdApplicationUntilProxyStarts", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.hold_application_until_proxy_starts !== void 0) {
      if (!validate164(data.hold_application_until_proxy_starts, { instancePath: instancePath + "/hold_application_until_proxy_starts", parentData: data, parentDataProperty: "hold_application_until_proxy_starts", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.caCertificatesPem !== void 0) {
      let data91 = data.caCertificatesPem;
      if (!Array.isArray(data91) && data91 !== null) {
        const err42 = { instancePath: instancePath + "/caCertificatesPem", schemaPath: "#/properties/caCertificatesPem/type", keyword: "type", params: { type: schema33.properties.caCertificatesPem.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (Array.isArray(data91)) {
        const len14 = data91.length;
        for (let i14 = 0; i14 < len14; i14++) {
          if (typeof data91[i14] !== "string") {
            const err43 = { instancePath: instancePath + "/caCertificatesPem/" + i14, schemaPath: "#/properties/caCertificatesPem/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      }
    }
    if (data.ca_certificates_pem !== void 0) {
      let data93 = data.ca_certificates_pem;
      if (!Array.isArray(data93) && data93 !== null) {
        const err44 = { instancePath: instancePath + "/ca_certificates_pem", schemaPath: "#/properties/ca_certificates_pem/type", keyword: "type", params: { type: schema33.properties.ca_certificates_pem.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (Array.isArray(data93)) {
        const len15 = data93.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (typeof data93[i15] !== "string") {
            const err45 = { instancePath: instancePath + "/ca_certificates_pem/" + i15, schemaPath: "#/properties/ca_certificates_pem/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
    }
    if (data.image !== void 0) {
      if (!validate239(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData })) {
        vErrors = vErrors === null ? validate239.errors : vErrors.concat(validate239.errors);
        errors = vErrors.length;
      }
    }
    if (data.privateKeyProvider !== void 0) {
      if (!validate243(data.privateKeyProvider, { instancePath: instancePath + "/privateKeyProvider", parentData: data, parentDataProperty: "privateKeyProvider", rootData })) {
        vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
        errors = vErrors.length;
      }
    }
    if (data.private_key_provider !== void 0) {
      if (!validate243(data.private_key_provider, { instancePath: instancePath + "/private_key_provider", parentData: data, parentDataProperty: "private_key_provider", rootData })) {
        vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyHeaders !== void 0) {
      if (!validate256(data.proxyHeaders, { instancePath: instancePath + "/proxyHeaders", parentData: data, parentDataProperty: "proxyHeaders", rootData })) {
        vErrors = vErrors === null ? validate256.errors : vErrors.concat(validate256.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy_headers !== void 0) {
      if (!validate256(data.proxy_headers, { instancePath: instancePath + "/proxy_headers", parentData: data, parentDataProperty: "proxy_headers", rootData })) {
        vErrors = vErrors === null ? validate256.errors : vErrors.concat(validate256.errors);
        errors = vErrors.length;
      }
    }
    if (data.fileFlushInterval !== void 0) {
      if (!validate26(data.fileFlushInterval, { instancePath: instancePath + "/fileFlushInterval", parentData: data, parentDataProperty: "fileFlushInterval", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.file_flush_interval !== void 0) {
      if (!validate26(data.file_flush_interval, { instancePath: instancePath + "/file_flush_interval", parentData: data, parentDataProperty: "file_flush_interval", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.fileFlushMinSizeKb !== void 0) {
      if (!validate34(data.fileFlushMinSizeKb, { instancePath: instancePath + "/fileFlushMinSizeKb", parentData: data, parentDataProperty: "fileFlushMinSizeKb", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.file_flush_min_size_kb !== void 0) {
      if (!validate34(data.file_flush_min_size_kb, { instancePath: instancePath + "/file_flush_min_size_kb", parentData: data, parentDataProperty: "file_flush_min_size_kb", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.statsCompression !== void 0) {
      if (!validate164(data.statsCompression, { instancePath: instancePath + "/statsCompression", parentData: data, parentDataProperty: "statsCompression", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.stats_compression !== void 0) {
      if (!validate164(data.stats_compression, { instancePath: instancePath + "/stats_compression", parentData: data, parentDataProperty: "stats_compression", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.connectionSettings !== void 0) {
      if (!validate306(data.connectionSettings, { instancePath: instancePath + "/connectionSettings", parentData: data, parentDataProperty: "connectionSettings", rootData })) {
        vErrors = vErrors === null ? validate306.errors : vErrors.concat(validate306.errors);
        errors = vErrors.length;
      }
    }
    if (data.connection_settings !== void 0) {
      if (!validate306(data.connection_settings, { instancePath: instancePath + "/connection_settings", parentData: data, parentDataProperty: "connection_settings", rootData })) {
        vErrors = vErrors === null ? validate306.errors : vErrors.concat(validate306.errors);
        errors = vErrors.length;
      }
    }
  }
  validate64.errors = vErrors;
  return errors === 0;
}
var schema100 = { "type": ["object", "null"], "properties": { "mode": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy.Mode" }, "tls": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" } }, "additionalProperties": false };
var schema102 = { "enum": ["REGISTRY_ONLY", "ALLOW_ANY", "ALLOW_ANY_DYNAMIC_DNS", 0, 1, 3, null] };
function validate350(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "REGISTRY_ONLY" || data === "ALLOW_ANY" || data === "ALLOW_ANY_DYNAMIC_DNS" || data === 0 || data === 1 || data === 3 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy.Mode.values/enum", keyword: "enum", params: { allowedValues: schema102.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate350.errors = vErrors;
  return errors === 0;
}
function validate349(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema100.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "mode" || key0 === "tls")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (!validate350(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData })) {
        vErrors = vErrors === null ? validate350.errors : vErrors.concat(validate350.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== void 0) {
      if (!validate152(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
  }
  validate349.errors = vErrors;
  return errors === 0;
}
var schema103 = { "type": ["object", "null"], "properties": { "mode": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy.Mode" } }, "additionalProperties": false };
var schema105 = { "enum": ["PASSTHROUGH", "LOCALHOST", 0, 1, null] };
function validate356(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "PASSTHROUGH" || data === "LOCALHOST" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy.Mode.values/enum", keyword: "enum", params: { allowedValues: schema105.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate356.errors = vErrors;
  return errors === 0;
}
function validate355(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema103.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "mode")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (!validate356(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData })) {
        vErrors = vErrors === null ? validate356.errors : vErrors.concat(validate356.errors);
        errors = vErrors.length;
      }
    }
  }
  validate355.errors = vErrors;
  return errors === 0;
}
var schema106 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" }, "tlsSettings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "tls_settings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "subscribedResources": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.Resource" } }, "subscribed_resources": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.Resource" } } }, "additionalProperties": false };
var schema108 = { "enum": ["SERVICE_REGISTRY", 0, null] };
function validate364(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "SERVICE_REGISTRY" || data === 0 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.Resource.values/enum", keyword: "enum", params: { allowedValues: schema108.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate364.errors = vErrors;
  return errors === 0;
}
function validate360(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema106.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address" || key0 === "tlsSettings" || key0 === "tls_settings" || key0 === "subscribedResources" || key0 === "subscribed_resources")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsSettings !== void 0) {
      if (!validate152(data.tlsSettings, { instancePath: instancePath + "/tlsSettings", parentData: data, parentDataProperty: "tlsSettings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls_settings !== void 0) {
      if (!validate152(data.tls_settings, { instancePath: instancePath + "/tls_settings", parentData: data, parentDataProperty: "tls_settings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.subscribedResources !== void 0) {
      let data3 = data.subscribedResources;
      if (!Array.isArray(data3) && data3 !== null) {
        const err2 = { instancePath: instancePath + "/subscribedResources", schemaPath: "#/properties/subscribedResources/type", keyword: "type", params: { type: schema106.properties.subscribedResources.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate364(data3[i0], { instancePath: instancePath + "/subscribedResources/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate364.errors : vErrors.concat(validate364.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.subscribed_resources !== void 0) {
      let data5 = data.subscribed_resources;
      if (!Array.isArray(data5) && data5 !== null) {
        const err3 = { instancePath: instancePath + "/subscribed_resources", schemaPath: "#/properties/subscribed_resources/type", keyword: "type", params: { type: schema106.properties.subscribed_resources.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate364(data5[i1], { instancePath: instancePath + "/subscribed_resources/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate364.errors : vErrors.concat(validate364.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate360.errors = vErrors;
  return errors === 0;
}
var schema109 = { "type": ["object", "null"], "properties": { "pem": { "$ref": "#/$defs/proto.string" }, "spiffeBundleUrl": { "$ref": "#/$defs/proto.string" }, "spiffe_bundle_url": { "$ref": "#/$defs/proto.string" }, "certSigners": { "type": ["array", "null"], "items": { "type": "string" } }, "cert_signers": { "type": ["array", "null"], "items": { "type": "string" } }, "trustDomains": { "type": ["array", "null"], "items": { "type": "string" } }, "trust_domains": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
function validate373(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema109.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "pem" || key0 === "spiffeBundleUrl" || key0 === "spiffe_bundle_url" || key0 === "certSigners" || key0 === "cert_signers" || key0 === "trustDomains" || key0 === "trust_domains")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pem !== void 0) {
      if (!validate40(data.pem, { instancePath: instancePath + "/pem", parentData: data, parentDataProperty: "pem", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.spiffeBundleUrl !== void 0) {
      if (!validate40(data.spiffeBundleUrl, { instancePath: instancePath + "/spiffeBundleUrl", parentData: data, parentDataProperty: "spiffeBundleUrl", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.spiffe_bundle_url !== void 0) {
      if (!validate40(data.spiffe_bundle_url, { instancePath: instancePath + "/spiffe_bundle_url", parentData: data, parentDataProperty: "spiffe_bundle_url", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.certSigners !== void 0) {
      let data3 = data.certSigners;
      if (!Array.isArray(data3) && data3 !== null) {
        const err2 = { instancePath: instancePath + "/certSigners", schemaPath: "#/properties/certSigners/type", keyword: "type", params: { type: schema109.properties.certSigners.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/certSigners/" + i0, schemaPath: "#/properties/certSigners/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.cert_signers !== void 0) {
      let data5 = data.cert_signers;
      if (!Array.isArray(data5) && data5 !== null) {
        const err4 = { instancePath: instancePath + "/cert_signers", schemaPath: "#/properties/cert_signers/type", keyword: "type", params: { type: schema109.properties.cert_signers.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data5[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/cert_signers/" + i1, schemaPath: "#/properties/cert_signers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.trustDomains !== void 0) {
      let data7 = data.trustDomains;
      if (!Array.isArray(data7) && data7 !== null) {
        const err6 = { instancePath: instancePath + "/trustDomains", schemaPath: "#/properties/trustDomains/type", keyword: "type", params: { type: schema109.properties.trustDomains.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data7[i2] !== "string") {
            const err7 = { instancePath: instancePath + "/trustDomains/" + i2, schemaPath: "#/properties/trustDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.trust_domains !== void 0) {
      let data9 = data.trust_domains;
      if (!Array.isArray(data9) && data9 !== null) {
        const err8 = { instancePath: instancePath + "/trust_domains", schemaPath: "#/properties/trust_domains/type", keyword: "type", params: { type: schema109.properties.trust_domains.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len3 = data9.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data9[i3] !== "string") {
            const err9 = { instancePath: instancePath + "/trust_domains/" + i3, schemaPath: "#/properties/trust_domains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
  }
  validate373.errors = vErrors;
  return errors === 0;
}
var schema110 = { "type": ["object", "null"], "properties": { "distribute": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.networking.v1alpha3.LocalityLoadBalancerSetting.Distribute" } }, "failover": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.networking.v1alpha3.LocalityLoadBalancerSetting.Failover" } }, "failoverPriority": { "type": ["array", "null"], "items": { "type": "string" } }, "failover_priority": { "type": ["array", "null"], "items": { "type": "string" } }, "enabled": { "$ref": "#/$defs/google.protobuf.BoolValue" } }, "additionalProperties": false };
var schema111 = { "type": ["object", "null"], "properties": { "from": { "$ref": "#/$defs/proto.string" }, "to": { "type": ["object", "null"], "additionalProperties": { "type": ["integer", "string"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" } } }, "additionalProperties": false };
function validate382(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema111.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "from" || key0 === "to")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      if (!validate40(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.to !== void 0) {
      let data1 = data.to;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: schema111.properties.to.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2))) && typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/to/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/to/additionalProperties/type", keyword: "type", params: { type: schema111.properties.to.additionalProperties.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (typeof data2 == "number") {
            if (data2 > 4294967295 || isNaN(data2)) {
              const err4 = { instancePath: instancePath + "/to/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/to/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2 < 0 || isNaN(data2)) {
              const err5 = { instancePath: instancePath + "/to/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/to/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (typeof data2 === "string") {
            if (!pattern3.test(data2)) {
              const err6 = { instancePath: instancePath + "/to/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/to/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      }
    }
  }
  validate382.errors = vErrors;
  return errors === 0;
}
var schema112 = { "type": ["object", "null"], "properties": { "from": { "$ref": "#/$defs/proto.string" }, "to": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate385(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema112.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "from" || key0 === "to")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      if (!validate40(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.to !== void 0) {
      if (!validate40(data.to, { instancePath: instancePath + "/to", parentData: data, parentDataProperty: "to", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate385.errors = vErrors;
  return errors === 0;
}
function validate381(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema110.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "distribute" || key0 === "failover" || key0 === "failoverPriority" || key0 === "failover_priority" || key0 === "enabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.distribute !== void 0) {
      let data0 = data.distribute;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/distribute", schemaPath: "#/properties/distribute/type", keyword: "type", params: { type: schema110.properties.distribute.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate382(data0[i0], { instancePath: instancePath + "/distribute/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate382.errors : vErrors.concat(validate382.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.failover !== void 0) {
      let data2 = data.failover;
      if (!Array.isArray(data2) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/type", keyword: "type", params: { type: schema110.properties.failover.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate385(data2[i1], { instancePath: instancePath + "/failover/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate385.errors : vErrors.concat(validate385.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.failoverPriority !== void 0) {
      let data4 = data.failoverPriority;
      if (!Array.isArray(data4) && data4 !== null) {
        const err4 = { instancePath: instancePath + "/failoverPriority", schemaPath: "#/properties/failoverPriority/type", keyword: "type", params: { type: schema110.properties.failoverPriority.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== "string") {
            const err5 = { instancePath: instancePath + "/failoverPriority/" + i2, schemaPath: "#/properties/failoverPriority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.failover_priority !== void 0) {
      let data6 = data.failover_priority;
      if (!Array.isArray(data6) && data6 !== null) {
        const err6 = { instancePath: instancePath + "/failover_priority", schemaPath: "#/properties/failover_priority/type", keyword: "type", params: { type: schema110.properties.failover_priority.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data6[i3] !== "string") {
            const err7 = { instancePath: instancePath + "/failover_priority/" + i3, schemaPath: "#/properties/failover_priority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.enabled !== void 0) {
      if (!validate164(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
  }
  validate381.errors = vErrors;
  return errors === 0;
}
var schema113 = { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "failover": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.networking.v1alpha3.ZoneAwareLoadBalancerSetting.Failover" } }, "failoverPriority": { "type": ["array", "null"], "items": { "type": "string" } }, "failover_priority": { "type": ["array", "null"], "items": { "type": "string" } }, "minClusterSize": { "$ref": "#/$defs/google.protobuf.UInt64Value" }, "min_cluster_size": { "$ref": "#/$defs/google.protobuf.UInt64Value" } }, "additionalProperties": false };
var schema114 = { "type": ["object", "null"], "properties": { "from": { "$ref": "#/$defs/proto.string" }, "to": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate394(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema114.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "from" || key0 === "to")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      if (!validate40(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.to !== void 0) {
      if (!validate40(data.to, { instancePath: instancePath + "/to", parentData: data, parentDataProperty: "to", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate394.errors = vErrors;
  return errors === 0;
}
var schema116 = { "type": ["integer", "string", "null"], "minimum": 0, "pattern": "^[0-9]+$" };
function validate398(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt64Value.impl/type", keyword: "type", params: { type: schema116.type }, message: "must be integer,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt64Value.impl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (typeof data === "string") {
    if (!pattern3.test(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt64Value.impl/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate398.errors = vErrors;
  return errors === 0;
}
function validate392(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema113.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "failover" || key0 === "failoverPriority" || key0 === "failover_priority" || key0 === "minClusterSize" || key0 === "min_cluster_size")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (!validate164(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.failover !== void 0) {
      let data1 = data.failover;
      if (!Array.isArray(data1) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/type", keyword: "type", params: { type: schema113.properties.failover.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate394(data1[i0], { instancePath: instancePath + "/failover/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate394.errors : vErrors.concat(validate394.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.failoverPriority !== void 0) {
      let data3 = data.failoverPriority;
      if (!Array.isArray(data3) && data3 !== null) {
        const err3 = { instancePath: instancePath + "/failoverPriority", schemaPath: "#/properties/failoverPriority/type", keyword: "type", params: { type: schema113.properties.failoverPriority.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data3[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/failoverPriority/" + i1, schemaPath: "#/properties/failoverPriority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.failover_priority !== void 0) {
      let data5 = data.failover_priority;
      if (!Array.isArray(data5) && data5 !== null) {
        const err5 = { instancePath: instancePath + "/failover_priority", schemaPath: "#/properties/failover_priority/type", keyword: "type", params: { type: schema113.properties.failover_priority.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data5[i2] !== "string") {
            const err6 = { instancePath: instancePath + "/failover_priority/" + i2, schemaPath: "#/properties/failover_priority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.minClusterSize !== void 0) {
      if (!validate398(data.minClusterSize, { instancePath: instancePath + "/minClusterSize", parentData: data, parentDataProperty: "minClusterSize", rootData })) {
        vErrors = vErrors === null ? validate398.errors : vErrors.concat(validate398.errors);
        errors = vErrors.length;
      }
    }
    if (data.min_cluster_size !== void 0) {
      if (!validate398(data.min_cluster_size, { instancePath: instancePath + "/min_cluster_size", parentData: data, parentDataProperty: "min_cluster_size", rootData })) {
        vErrors = vErrors === null ? validate398.errors : vErrors.concat(validate398.errors);
        errors = vErrors.length;
      }
    }
  }
  validate392.errors = vErrors;
  return errors === 0;
}
var schema118 = { "enum": ["DO_NOT_UPGRADE", "UPGRADE", 0, 1, null] };
function validate405(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "DO_NOT_UPGRADE" || data === "UPGRADE" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.H2UpgradePolicy.values/enum", keyword: "enum", params: { allowedValues: schema118.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate405.errors = vErrors;
  return errors === 0;
}
var schema119 = { "type": ["object", "null"], "properties": { "secretName": { "$ref": "#/$defs/proto.string" }, "secret_name": { "$ref": "#/$defs/proto.string" }, "dnsNames": { "type": ["array", "null"], "items": { "type": "string" } }, "dns_names": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema119.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "secretName" || key0 === "secret_name" || key0 === "dnsNames" || key0 === "dns_names")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      if (!validate40(data.secretName, { instancePath: instancePath + "/secretName", parentData: data, parentDataProperty: "secretName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret_name !== void 0) {
      if (!validate40(data.secret_name, { instancePath: instancePath + "/secret_name", parentData: data, parentDataProperty: "secret_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.dnsNames !== void 0) {
      let data2 = data.dnsNames;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/dnsNames", schemaPath: "#/properties/dnsNames/type", keyword: "type", params: { type: schema119.properties.dnsNames.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/dnsNames/" + i0, schemaPath: "#/properties/dnsNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.dns_names !== void 0) {
      let data4 = data.dns_names;
      if (!Array.isArray(data4) && data4 !== null) {
        const err4 = { instancePath: instancePath + "/dns_names", schemaPath: "#/properties/dns_names/type", keyword: "type", params: { type: schema119.properties.dns_names.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/dns_names/" + i1, schemaPath: "#/properties/dns_names/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
  }
  validate412.errors = vErrors;
  return errors === 0;
}
var schema120 = { "type": ["object", "null"], "properties": { "settings": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceSettings.Settings" }, "hosts": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
var schema121 = { "type": ["object", "null"], "properties": { "clusterLocal": { "$ref": "#/$defs/proto.bool" }, "cluster_local": { "$ref": "#/$defs/proto.bool" } }, "additionalProperties": false };
function validate417(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema121.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clusterLocal" || key0 === "cluster_local")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.clusterLocal !== void 0) {
      if (!validate50(data.clusterLocal, { instancePath: instancePath + "/clusterLocal", parentData: data, parentDataProperty: "clusterLocal", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.cluster_local !== void 0) {
      if (!validate50(data.cluster_local, { instancePath: instancePath + "/cluster_local", parentData: data, parentDataProperty: "cluster_local", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  }
  validate417.errors = vErrors;
  return errors === 0;
}
function validate416(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema120.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "settings" || key0 === "hosts")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      if (!validate417(data.settings, { instancePath: instancePath + "/settings", parentData: data, parentDataProperty: "settings", rootData })) {
        vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
        errors = vErrors.length;
      }
    }
    if (data.hosts !== void 0) {
      let data1 = data.hosts;
      if (!Array.isArray(data1) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: schema120.properties.hosts.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
  }
  validate416.errors = vErrors;
  return errors === 0;
}
var schema122 = { "type": ["object", "null"], "properties": { "namespaceSelector": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" }, "namespace_selector": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" }, "servicesSelector": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" }, "services_selector": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" }, "scope": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs.Scope" } }, "additionalProperties": false };
var schema123 = { "type": ["object", "null"], "properties": { "matchLabels": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "matchExpressions": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelectorRequirement" } } }, "additionalProperties": false };
var schema124 = { "type": ["object", "null"], "properties": { "key": { "$ref": "#/$defs/proto.string" }, "operator": { "$ref": "#/$defs/proto.string" }, "values": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
function validate425(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema124.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "operator" || key0 === "values")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (!validate40(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.operator !== void 0) {
      if (!validate40(data.operator, { instancePath: instancePath + "/operator", parentData: data, parentDataProperty: "operator", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.values !== void 0) {
      let data2 = data.values;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: schema124.properties.values.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
  }
  validate425.errors = vErrors;
  return errors === 0;
}
function validate424(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema123.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchLabels" || key0 === "matchExpressions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.matchLabels !== void 0) {
      let data0 = data.matchLabels;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/matchLabels", schemaPath: "#/properties/matchLabels/type", keyword: "type", params: { type: schema123.properties.matchLabels.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (typeof data0[key1] !== "string") {
            const err3 = { instancePath: instancePath + "/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.matchExpressions !== void 0) {
      let data2 = data.matchExpressions;
      if (!Array.isArray(data2) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: schema123.properties.matchExpressions.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate425(data2[i0], { instancePath: instancePath + "/matchExpressions/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate425.errors : vErrors.concat(validate425.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate424.errors = vErrors;
  return errors === 0;
}
var schema126 = { "enum": ["LOCAL", "GLOBAL", 0, 1, null] };
function validate433(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "LOCAL" || data === "GLOBAL" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs.Scope.values/enum", keyword: "enum", params: { allowedValues: schema126.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate433.errors = vErrors;
  return errors === 0;
}
function validate423(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema122.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "namespaceSelector" || key0 === "namespace_selector" || key0 === "servicesSelector" || key0 === "services_selector" || key0 === "scope")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.namespaceSelector !== void 0) {
      if (!validate424(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData })) {
        vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespace_selector !== void 0) {
      if (!validate424(data.namespace_selector, { instancePath: instancePath + "/namespace_selector", parentData: data, parentDataProperty: "namespace_selector", rootData })) {
        vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
        errors = vErrors.length;
      }
    }
    if (data.servicesSelector !== void 0) {
      if (!validate424(data.servicesSelector, { instancePath: instancePath + "/servicesSelector", parentData: data, parentDataProperty: "servicesSelector", rootData })) {
        vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
        errors = vErrors.length;
      }
    }
    if (data.services_selector !== void 0) {
      if (!validate424(data.services_selector, { instancePath: instancePath + "/services_selector", parentData: data, parentDataProperty: "services_selector", rootData })) {
        vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
        errors = vErrors.length;
      }
    }
    if (data.scope !== void 0) {
      if (!validate433(data.scope, { instancePath: instancePath + "/scope", parentData: data, parentDataProperty: "scope", rootData })) {
        vErrors = vErrors === null ? validate433.errors : vErrors.concat(validate433.errors);
        errors = vErrors.length;
      }
    }
  }
  validate423.errors = vErrors;
  return errors === 0;
}
var schema127 = { "type": ["object", "null"], "properties": { "address": { "$ref": "#/$defs/proto.string" }, "tlsSettings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "tls_settings": { "$ref": "#/$defs/istio.networking.v1alpha3.ClientTLSSettings" }, "requestTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "request_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "istiodSide": { "$ref": "#/$defs/proto.bool" }, "istiod_side": { "$ref": "#/$defs/proto.bool" } }, "additionalProperties": false };
function validate441(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema127.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "address" || key0 === "tlsSettings" || key0 === "tls_settings" || key0 === "requestTimeout" || key0 === "request_timeout" || key0 === "istiodSide" || key0 === "istiod_side")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      if (!validate40(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsSettings !== void 0) {
      if (!validate152(data.tlsSettings, { instancePath: instancePath + "/tlsSettings", parentData: data, parentDataProperty: "tlsSettings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls_settings !== void 0) {
      if (!validate152(data.tls_settings, { instancePath: instancePath + "/tls_settings", parentData: data, parentDataProperty: "tls_settings", rootData })) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.requestTimeout !== void 0) {
      if (!validate26(data.requestTimeout, { instancePath: instancePath + "/requestTimeout", parentData: data, parentDataProperty: "requestTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.request_timeout !== void 0) {
      if (!validate26(data.request_timeout, { instancePath: instancePath + "/request_timeout", parentData: data, parentDataProperty: "request_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.istiodSide !== void 0) {
      if (!validate50(data.istiodSide, { instancePath: instancePath + "/istiodSide", parentData: data, parentDataProperty: "istiodSide", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.istiod_side !== void 0) {
      if (!validate50(data.istiod_side, { instancePath: instancePath + "/istiod_side", parentData: data, parentDataProperty: "istiod_side", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  }
  validate441.errors = vErrors;
  return errors === 0;
}
var schema128 = { "type": ["object", "null"], "properties": { "name": { "$ref": "#/$defs/proto.string" }, "envoyExtAuthzHttp": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationHttpProvider" }, "envoy_ext_authz_http": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationHttpProvider" }, "envoyExtAuthzGrpc": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationGrpcProvider" }, "envoy_ext_authz_grpc": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationGrpcProvider" }, "zipkin": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider" }, "lightstep": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.LightstepTracingProvider" }, "datadog": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.DatadogTracingProvider" }, "stackdriver": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider" }, "opencensus": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider" }, "skywalking": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.SkyWalkingTracingProvider" }, "opentelemetry": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider" }, "prometheus": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.PrometheusMetricsProvider" }, "envoyFileAccessLog": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider" }, "envoy_file_access_log": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider" }, "envoyHttpAls": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyHttpGrpcV3LogProvider" }, "envoy_http_als": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyHttpGrpcV3LogProvider" }, "envoyTcpAls": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyTcpGrpcV3LogProvider" }, "envoy_tcp_als": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyTcpGrpcV3LogProvider" }, "envoyOtelAls": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider" }, "envoy_otel_als": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider" }, "sds": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.SDSProvider" } }, "additionalProperties": false };
var schema154 = { "type": ["object", "null"], "properties": {}, "additionalProperties": false };
var schema129 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "pathPrefix": { "$ref": "#/$defs/proto.string" }, "path_prefix": { "$ref": "#/$defs/proto.string" }, "failOpen": { "$ref": "#/$defs/proto.bool" }, "fail_open": { "$ref": "#/$defs/proto.bool" }, "clearRouteCache": { "$ref": "#/$defs/proto.bool" }, "clear_route_cache": { "$ref": "#/$defs/proto.bool" }, "statusOnError": { "$ref": "#/$defs/proto.string" }, "status_on_error": { "$ref": "#/$defs/proto.string" }, "includeHeadersInCheck": { "type": ["array", "null"], "items": { "type": "string" } }, "include_headers_in_check": { "type": ["array", "null"], "items": { "type": "string" } }, "includeRequestHeadersInCheck": { "type": ["array", "null"], "items": { "type": "string" } }, "include_request_headers_in_check": { "type": ["array", "null"], "items": { "type": "string" } }, "includeAdditionalHeadersInCheck": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "include_additional_headers_in_check": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "includeRequestBodyInCheck": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody" }, "include_request_body_in_check": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody" }, "headersToUpstreamOnAllow": { "type": ["array", "null"], "items": { "type": "string" } }, "headers_to_upstream_on_allow": { "type": ["array", "null"], "items": { "type": "string" } }, "headersToDownstreamOnDeny": { "type": ["array", "null"], "items": { "type": "string" } }, "headers_to_downstream_on_deny": { "type": ["array", "null"], "items": { "type": "string" } }, "headersToDownstreamOnAllow": { "type": ["array", "null"], "items": { "type": "string" } }, "headers_to_downstream_on_allow": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
var schema130 = { "type": ["object", "null"], "properties": { "maxRequestBytes": { "$ref": "#/$defs/proto.uint32" }, "max_request_bytes": { "$ref": "#/$defs/proto.uint32" }, "allowPartialMessage": { "$ref": "#/$defs/proto.bool" }, "allow_partial_message": { "$ref": "#/$defs/proto.bool" }, "packAsBytes": { "$ref": "#/$defs/proto.bool" }, "pack_as_bytes": { "$ref": "#/$defs/proto.bool" } }, "additionalProperties": false };
function validate464(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema130.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxRequestBytes" || key0 === "max_request_bytes" || key0 === "allowPartialMessage" || key0 === "allow_partial_message" || key0 === "packAsBytes" || key0 === "pack_as_bytes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.maxRequestBytes !== void 0) {
      if (!validate34(data.maxRequestBytes, { instancePath: instancePath + "/maxRequestBytes", parentData: data, parentDataProperty: "maxRequestBytes", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_request_bytes !== void 0) {
      if (!validate34(data.max_request_bytes, { instancePath: instancePath + "/max_request_bytes", parentData: data, parentDataProperty: "max_request_bytes", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.allowPartialMessage !== void 0) {
      if (!validate50(data.allowPartialMessage, { instancePath: instancePath + "/allowPartialMessage", parentData: data, parentDataProperty: "allowPartialMessage", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.allow_partial_message !== void 0) {
      if (!validate50(data.allow_partial_message, { instancePath: instancePath + "/allow_partial_message", parentData: data, parentDataProperty: "allow_partial_message", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.packAsBytes !== void 0) {
      if (!validate50(data.packAsBytes, { instancePath: instancePath + "/packAsBytes", parentData: data, parentDataProperty: "packAsBytes", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.pack_as_bytes !== void 0) {
      if (!validate50(data.pack_as_bytes, { instancePath: instancePath + "/pack_as_bytes", parentData: data, parentDataProperty: "pack_as_bytes", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  }
  validate464.errors = vErrors;
  return errors === 0;
}
function validate452(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema129.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema129.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate26(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.pathPrefix !== void 0) {
      if (!validate40(data.pathPrefix, { instancePath: instancePath + "/pathPrefix", parentData: data, parentDataProperty: "pathPrefix", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.path_prefix !== void 0) {
      if (!validate40(data.path_prefix, { instancePath: instancePath + "/path_prefix", parentData: data, parentDataProperty: "path_prefix", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.failOpen !== void 0) {
      if (!validate50(data.failOpen, { instancePath: instancePath + "/failOpen", parentData: data, parentDataProperty: "failOpen", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail_open !== void 0) {
      if (!validate50(data.fail_open, { instancePath: instancePath + "/fail_open", parentData: data, parentDataProperty: "fail_open", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.clearRouteCache !== void 0) {
      if (!validate50(data.clearRouteCache, { instancePath: instancePath + "/clearRouteCache", parentData: data, parentDataProperty: "clearRouteCache", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.clear_route_cache !== void 0) {
      if (!validate50(data.clear_route_cache, { instancePath: instancePath + "/clear_route_cache", parentData: data, parentDataProperty: "clear_route_cache", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.statusOnError !== void 0) {
      if (!validate40(data.statusOnError, { instancePath: instancePath + "/statusOnError", parentData: data, parentDataProperty: "statusOnError", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.status_on_error !== void 0) {
      if (!validate40(data.status_on_error, { instancePath: instancePath + "/status_on_error", parentData: data, parentDataProperty: "status_on_error", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.includeHeadersInCheck !== void 0) {
      let data11 = data.includeHeadersInCheck;
      if (!Array.isArray(data11) && data11 !== null) {
        const err2 = { instancePath: instancePath + "/includeHeadersInCheck", schemaPath: "#/properties/includeHeadersInCheck/type", keyword: "type", params: { type: schema129.properties.includeHeadersInCheck.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data11[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/includeHeadersInCheck/" + i0, schemaPath: "#/properties/includeHeadersInCheck/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.include_headers_in_check !== void 0) {
      let data13 = data.include_headers_in_check;
      if (!Array.isArray(data13) && data13 !== null) {
        const err4 = { instancePath: instancePath + "/include_headers_in_check", schemaPath: "#/properties/include_headers_in_check/type", keyword: "type", params: { type: schema129.properties.include_headers_in_check.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data13[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/include_headers_in_check/" + i1, schemaPath: "#/properties/include_headers_in_check/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.includeRequestHeadersInCheck !== void 0) {
      let data15 = data.includeRequestHeadersInCheck;
      if (!Array.isArray(data15) && data15 !== null) {
        const err6 = { instancePath: instancePath + "/includeRequestHeadersInCheck", schemaPath: "#/properties/includeRequestHeadersInCheck/type", keyword: "type", params: { type: schema129.properties.includeRequestHeadersInCheck.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data15[i2] !== "string") {
            const err7 = { instancePath: instancePath + "/includeRequestHeadersInCheck/" + i2, schemaPath: "#/properties/includeRequestHeadersInCheck/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.include_request_headers_in_check !== void 0) {
      let data17 = data.include_request_headers_in_check;
      if (!Array.isArray(data17) && data17 !== null) {
        const err8 = { instancePath: instancePath + "/include_request_headers_in_check", schemaPath: "#/properties/include_request_headers_in_check/type", keyword: "type", params: { type: schema129.properties.include_request_headers_in_check.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data17[i3] !== "string") {
            const err9 = { instancePath: instancePath + "/include_request_headers_in_check/" + i3, schemaPath: "#/properties/include_request_headers_in_check/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    if (data.includeAdditionalHeadersInCheck !== void 0) {
      let data19 = data.includeAdditionalHeadersInCheck;
      if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
        const err10 = { instancePath: instancePath + "/includeAdditionalHeadersInCheck", schemaPath: "#/properties/includeAdditionalHeadersInCheck/type", keyword: "type", params: { type: schema129.properties.includeAdditionalHeadersInCheck.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key1 in data19) {
          if (typeof data19[key1] !== "string") {
            const err11 = { instancePath: instancePath + "/includeAdditionalHeadersInCheck/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/includeAdditionalHeadersInCheck/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.include_additional_headers_in_check !== void 0) {
      let data21 = data.include_additional_headers_in_check;
      if (!(data21 && typeof data21 == "object" && !Array.isArray(data21)) && data21 !== null) {
        const err12 = { instancePath: instancePath + "/include_additional_headers_in_check", schemaPath: "#/properties/include_additional_headers_in_check/type", keyword: "type", params: { type: schema129.properties.include_additional_headers_in_check.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key2 in data21) {
          if (typeof data21[key2] !== "string") {
            const err13 = { instancePath: instancePath + "/include_additional_headers_in_check/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/include_additional_headers_in_check/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    if (data.includeRequestBodyInCheck !== void 0) {
      if (!validate464(data.includeRequestBodyInCheck, { instancePath: instancePath + "/includeRequestBodyInCheck", parentData: data, parentDataProperty: "includeRequestBodyInCheck", rootData })) {
        vErrors = vErrors === null ? validate464.errors : vErrors.concat(validate464.errors);
        errors = vErrors.length;
      }
    }
    if (data.include_request_body_in_check !== void 0) {
      if (!validate464(data.include_request_body_in_check, { instancePath: instancePath + "/include_request_body_in_check", parentData: data, parentDataProperty: "include_request_body_in_check", rootData })) {
        vErrors = vErrors === null ? validate464.errors : vErrors.concat(validate464.errors);
        errors = vErrors.length;
      }
    }
    if (data.headersToUpstreamOnAllow !== void 0) {
      let data25 = data.headersToUpstreamOnAllow;
      if (!Array.isArray(data25) && data25 !== null) {
        const err14 = { instancePath: instancePath + "/headersToUpstreamOnAllow", schemaPath: "#/properties/headersToUpstreamOnAllow/type", keyword: "type", params: { type: schema129.properties.headersToUpstreamOnAllow.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data25)) {
        const len4 = data25.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data25[i4] !== "string") {
            const err15 = { instancePath: instancePath + "/headersToUpstreamOnAllow/" + i4, schemaPath: "#/properties/headersToUpstreamOnAllow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.headers_to_upstream_on_allow !== void 0) {
      let data27 = data.headers_to_upstream_on_allow;
      if (!Array.isArray(data27) && data27 !== null) {
        const err16 = { instancePath: instancePath + "/headers_to_upstream_on_allow", schemaPath: "#/properties/headers_to_upstream_on_allow/type", keyword: "type", params: { type: schema129.properties.headers_to_upstream_on_allow.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data27)) {
        const len5 = data27.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data27[i5] !== "string") {
            const err17 = { instancePath: instancePath + "/headers_to_upstream_on_allow/" + i5, schemaPath: "#/properties/headers_to_upstream_on_allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
    if (data.headersToDownstreamOnDeny !== void 0) {
      let data29 = data.headersToDownstreamOnDeny;
      if (!Array.isArray(data29) && data29 !== null) {
        const err18 = { instancePath: instancePath + "/headersToDownstreamOnDeny", schemaPath: "#/properties/headersToDownstreamOnDeny/type", keyword: "type", params: { type: schema129.properties.headersToDownstreamOnDeny.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (Array.isArray(data29)) {
        const len6 = data29.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data29[i6] !== "string") {
            const err19 = { instancePath: instancePath + "/headersToDownstreamOnDeny/" + i6, schemaPath: "#/properties/headersToDownstreamOnDeny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
    if (data.headers_to_downstream_on_deny !== void 0) {
      let data31 = data.headers_to_downstream_on_deny;
      if (!Array.isArray(data31) && data31 !== null) {
        const err20 = { instancePath: instancePath + "/headers_to_downstream_on_deny", schemaPath: "#/properties/headers_to_downstream_on_deny/type", keyword: "type", params: { type: schema129.properties.headers_to_downstream_on_deny.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (Array.isArray(data31)) {
        const len7 = data31.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data31[i7] !== "string") {
            const err21 = { instancePath: instancePath + "/headers_to_downstream_on_deny/" + i7, schemaPath: "#/properties/headers_to_downstream_on_deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.headersToDownstreamOnAllow !== void 0) {
      let data33 = data.headersToDownstreamOnAllow;
      if (!Array.isArray(data33) && data33 !== null) {
        const err22 = { instancePath: instancePath + "/headersToDownstreamOnAllow", schemaPath: "#/properties/headersToDownstreamOnAllow/type", keyword: "type", params: { type: schema129.properties.headersToDownstreamOnAllow.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (Array.isArray(data33)) {
        const len8 = data33.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data33[i8] !== "string") {
            const err23 = { instancePath: instancePath + "/headersToDownstreamOnAllow/" + i8, schemaPath: "#/properties/headersToDownstreamOnAllow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      }
    }
    if (data.headers_to_downstream_on_allow !== void 0) {
      let data35 = data.headers_to_downstream_on_allow;
      if (!Array.isArray(data35) && data35 !== null) {
        const err24 = { instancePath: instancePath + "/headers_to_downstream_on_allow", schemaPath: "#/properties/headers_to_downstream_on_allow/type", keyword: "type", params: { type: schema129.properties.headers_to_downstream_on_allow.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (Array.isArray(data35)) {
        const len9 = data35.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data35[i9] !== "string") {
            const err25 = { instancePath: instancePath + "/headers_to_downstream_on_allow/" + i9, schemaPath: "#/properties/headers_to_downstream_on_allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      }
    }
  }
  validate452.errors = vErrors;
  return errors === 0;
}
var schema131 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "failOpen": { "$ref": "#/$defs/proto.bool" }, "fail_open": { "$ref": "#/$defs/proto.bool" }, "clearRouteCache": { "$ref": "#/$defs/proto.bool" }, "clear_route_cache": { "$ref": "#/$defs/proto.bool" }, "statusOnError": { "$ref": "#/$defs/proto.string" }, "status_on_error": { "$ref": "#/$defs/proto.string" }, "includeRequestBodyInCheck": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody" }, "include_request_body_in_check": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody" } }, "additionalProperties": false };
function validate475(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema131.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema131.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate26(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.failOpen !== void 0) {
      if (!validate50(data.failOpen, { instancePath: instancePath + "/failOpen", parentData: data, parentDataProperty: "failOpen", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail_open !== void 0) {
      if (!validate50(data.fail_open, { instancePath: instancePath + "/fail_open", parentData: data, parentDataProperty: "fail_open", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.clearRouteCache !== void 0) {
      if (!validate50(data.clearRouteCache, { instancePath: instancePath + "/clearRouteCache", parentData: data, parentDataProperty: "clearRouteCache", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.clear_route_cache !== void 0) {
      if (!validate50(data.clear_route_cache, { instancePath: instancePath + "/clear_route_cache", parentData: data, parentDataProperty: "clear_route_cache", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.statusOnError !== void 0) {
      if (!validate40(data.statusOnError, { instancePath: instancePath + "/statusOnError", parentData: data, parentDataProperty: "statusOnError", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.status_on_error !== void 0) {
      if (!validate40(data.status_on_error, { instancePath: instancePath + "/status_on_error", parentData: data, parentDataProperty: "status_on_error", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.includeRequestBodyInCheck !== void 0) {
      if (!validate464(data.includeRequestBodyInCheck, { instancePath: instancePath + "/includeRequestBodyInCheck", parentData: data, parentDataProperty: "includeRequestBodyInCheck", rootData })) {
        vErrors = vErrors === null ? validate464.errors : vErrors.concat(validate464.errors);
        errors = vErrors.length;
      }
    }
    if (data.include_request_body_in_check !== void 0) {
      if (!validate464(data.include_request_body_in_check, { instancePath: instancePath + "/include_request_body_in_check", parentData: data, parentDataProperty: "include_request_body_in_check", rootData })) {
        vErrors = vErrors === null ? validate464.errors : vErrors.concat(validate464.errors);
        errors = vErrors.length;
      }
    }
  }
  validate475.errors = vErrors;
  return errors === 0;
}
var schema132 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "maxTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_tag_length": { "$ref": "#/$defs/proto.uint32" }, "enable64bitTraceId": { "$ref": "#/$defs/proto.bool" }, "enable_64bit_trace_id": { "$ref": "#/$defs/proto.bool" }, "path": { "$ref": "#/$defs/proto.string" }, "traceContextOption": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider.TraceContextOption" }, "trace_context_option": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider.TraceContextOption" }, "timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "headers": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpHeader" } } }, "additionalProperties": false };
var schema134 = { "enum": ["USE_B3", "USE_B3_WITH_W3C_PROPAGATION", 0, 1, null] };
function validate497(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "USE_B3" || data === "USE_B3_WITH_W3C_PROPAGATION" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider.TraceContextOption.values/enum", keyword: "enum", params: { allowedValues: schema134.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate497.errors = vErrors;
  return errors === 0;
}
var schema135 = { "type": ["object", "null"], "properties": { "name": { "$ref": "#/$defs/proto.string" }, "value": { "$ref": "#/$defs/proto.string" }, "envName": { "$ref": "#/$defs/proto.string" }, "env_name": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate501(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema135.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "envName" || key0 === "env_name")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate40(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== void 0) {
      if (!validate40(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.envName !== void 0) {
      if (!validate40(data.envName, { instancePath: instancePath + "/envName", parentData: data, parentDataProperty: "envName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.env_name !== void 0) {
      if (!validate40(data.env_name, { instancePath: instancePath + "/env_name", parentData: data, parentDataProperty: "env_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate501.errors = vErrors;
  return errors === 0;
}
function validate489(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema132.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema132.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxTagLength !== void 0) {
      if (!validate34(data.maxTagLength, { instancePath: instancePath + "/maxTagLength", parentData: data, parentDataProperty: "maxTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_tag_length !== void 0) {
      if (!validate34(data.max_tag_length, { instancePath: instancePath + "/max_tag_length", parentData: data, parentDataProperty: "max_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable64bitTraceId !== void 0) {
      if (!validate50(data.enable64bitTraceId, { instancePath: instancePath + "/enable64bitTraceId", parentData: data, parentDataProperty: "enable64bitTraceId", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_64bit_trace_id !== void 0) {
      if (!validate50(data.enable_64bit_trace_id, { instancePath: instancePath + "/enable_64bit_trace_id", parentData: data, parentDataProperty: "enable_64bit_trace_id", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== void 0) {
      if (!validate40(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.traceContextOption !== void 0) {
      if (!validate497(data.traceContextOption, { instancePath: instancePath + "/traceContextOption", parentData: data, parentDataProperty: "traceContextOption", rootData })) {
        vErrors = vErrors === null ? validate497.errors : vErrors.concat(validate497.errors);
        errors = vErrors.length;
      }
    }
    if (data.trace_context_option !== void 0) {
      if (!validate497(data.trace_context_option, { instancePath: instancePath + "/trace_context_option", parentData: data, parentDataProperty: "trace_context_option", rootData })) {
        vErrors = vErrors === null ? validate497.errors : vErrors.concat(validate497.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate26(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== void 0) {
      let data10 = data.headers;
      if (!Array.isArray(data10) && data10 !== null) {
        const err2 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: schema132.properties.headers.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate501(data10[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data10, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate501.errors : vErrors.concat(validate501.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate489.errors = vErrors;
  return errors === 0;
}
var schema136 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "accessToken": { "$ref": "#/$defs/proto.string" }, "access_token": { "$ref": "#/$defs/proto.string" }, "maxTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_tag_length": { "$ref": "#/$defs/proto.uint32" } }, "additionalProperties": false };
function validate508(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema136.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "accessToken" || key0 === "access_token" || key0 === "maxTagLength" || key0 === "max_tag_length")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessToken !== void 0) {
      if (!validate40(data.accessToken, { instancePath: instancePath + "/accessToken", parentData: data, parentDataProperty: "accessToken", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.access_token !== void 0) {
      if (!validate40(data.access_token, { instancePath: instancePath + "/access_token", parentData: data, parentDataProperty: "access_token", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxTagLength !== void 0) {
      if (!validate34(data.maxTagLength, { instancePath: instancePath + "/maxTagLength", parentData: data, parentDataProperty: "maxTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_tag_length !== void 0) {
      if (!validate34(data.max_tag_length, { instancePath: instancePath + "/max_tag_length", parentData: data, parentDataProperty: "max_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate508.errors = vErrors;
  return errors === 0;
}
var schema137 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "maxTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_tag_length": { "$ref": "#/$defs/proto.uint32" } }, "additionalProperties": false };
function validate516(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema137.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "maxTagLength" || key0 === "max_tag_length")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxTagLength !== void 0) {
      if (!validate34(data.maxTagLength, { instancePath: instancePath + "/maxTagLength", parentData: data, parentDataProperty: "maxTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_tag_length !== void 0) {
      if (!validate34(data.max_tag_length, { instancePath: instancePath + "/max_tag_length", parentData: data, parentDataProperty: "max_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate516.errors = vErrors;
  return errors === 0;
}
var schema138 = { "type": ["object", "null"], "properties": { "debug": { "$ref": "#/$defs/proto.bool" }, "maxNumberOfAttributes": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "max_number_of_attributes": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "maxNumberOfAnnotations": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "max_number_of_annotations": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "maxNumberOfMessageEvents": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "max_number_of_message_events": { "$ref": "#/$defs/google.protobuf.Int64Value" }, "maxTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_tag_length": { "$ref": "#/$defs/proto.uint32" }, "logging": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider.Logging" } }, "additionalProperties": false };
var schema139 = { "type": ["object", "null"], "properties": { "labels": { "type": ["object", "null"], "additionalProperties": { "type": "string" } } }, "additionalProperties": false };
function validate522(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema138.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema138.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.debug !== void 0) {
      if (!validate50(data.debug, { instancePath: instancePath + "/debug", parentData: data, parentDataProperty: "debug", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxNumberOfAttributes !== void 0) {
      if (!validate118(data.maxNumberOfAttributes, { instancePath: instancePath + "/maxNumberOfAttributes", parentData: data, parentDataProperty: "maxNumberOfAttributes", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_number_of_attributes !== void 0) {
      if (!validate118(data.max_number_of_attributes, { instancePath: instancePath + "/max_number_of_attributes", parentData: data, parentDataProperty: "max_number_of_attributes", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxNumberOfAnnotations !== void 0) {
      if (!validate118(data.maxNumberOfAnnotations, { instancePath: instancePath + "/maxNumberOfAnnotations", parentData: data, parentDataProperty: "maxNumberOfAnnotations", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_number_of_annotations !== void 0) {
      if (!validate118(data.max_number_of_annotations, { instancePath: instancePath + "/max_number_of_annotations", parentData: data, parentDataProperty: "max_number_of_annotations", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxNumberOfMessageEvents !== void 0) {
      if (!validate118(data.maxNumberOfMessageEvents, { instancePath: instancePath + "/maxNumberOfMessageEvents", parentData: data, parentDataProperty: "maxNumberOfMessageEvents", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_number_of_message_events !== void 0) {
      if (!validate118(data.max_number_of_message_events, { instancePath: instancePath + "/max_number_of_message_events", parentData: data, parentDataProperty: "max_number_of_message_events", rootData })) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxTagLength !== void 0) {
      if (!validate34(data.maxTagLength, { instancePath: instancePath + "/maxTagLength", parentData: data, parentDataProperty: "maxTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_tag_length !== void 0) {
      if (!validate34(data.max_tag_length, { instancePath: instancePath + "/max_tag_length", parentData: data, parentDataProperty: "max_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.logging !== void 0) {
      let data9 = data.logging;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
        const err2 = { instancePath: instancePath + "/logging", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider.Logging/type", keyword: "type", params: { type: schema139.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "labels")) {
            const err3 = { instancePath: instancePath + "/logging", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider.Logging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data9.labels !== void 0) {
          let data10 = data9.labels;
          if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
            const err4 = { instancePath: instancePath + "/logging/labels", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider.Logging/properties/labels/type", keyword: "type", params: { type: schema139.properties.labels.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key2 in data10) {
              if (typeof data10[key2] !== "string") {
                const err5 = { instancePath: instancePath + "/logging/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider.Logging/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          }
        }
      }
    }
  }
  validate522.errors = vErrors;
  return errors === 0;
}
var schema140 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "context": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider.TraceContext" } }, "maxTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_tag_length": { "$ref": "#/$defs/proto.uint32" } }, "additionalProperties": false };
var schema142 = { "enum": ["UNSPECIFIED", "W3C_TRACE_CONTEXT", "GRPC_BIN", "CLOUD_TRACE_CONTEXT", "B3", 0, 1, 2, 3, 4, null] };
function validate536(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "UNSPECIFIED" || data === "W3C_TRACE_CONTEXT" || data === "GRPC_BIN" || data === "CLOUD_TRACE_CONTEXT" || data === "B3" || data === 0 || data === 1 || data === 2 || data === 3 || data === 4 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider.TraceContext.values/enum", keyword: "enum", params: { allowedValues: schema142.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate536.errors = vErrors;
  return errors === 0;
}
function validate533(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema140.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "context" || key0 === "maxTagLength" || key0 === "max_tag_length")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      let data2 = data.context;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: schema140.properties.context.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate536(data2[i0], { instancePath: instancePath + "/context/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate536.errors : vErrors.concat(validate536.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.maxTagLength !== void 0) {
      if (!validate34(data.maxTagLength, { instancePath: instancePath + "/maxTagLength", parentData: data, parentDataProperty: "maxTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_tag_length !== void 0) {
      if (!validate34(data.max_tag_length, { instancePath: instancePath + "/max_tag_length", parentData: data, parentDataProperty: "max_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate533.errors = vErrors;
  return errors === 0;
}
var schema143 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "accessToken": { "$ref": "#/$defs/proto.string" }, "access_token": { "$ref": "#/$defs/proto.string" } }, "additionalProperties": false };
function validate541(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema143.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "accessToken" || key0 === "access_token")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessToken !== void 0) {
      if (!validate40(data.accessToken, { instancePath: instancePath + "/accessToken", parentData: data, parentDataProperty: "accessToken", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.access_token !== void 0) {
      if (!validate40(data.access_token, { instancePath: instancePath + "/access_token", parentData: data, parentDataProperty: "access_token", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  }
  validate541.errors = vErrors;
  return errors === 0;
}
var schema144 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "maxTagLength": { "$ref": "#/$defs/proto.uint32" }, "max_tag_length": { "$ref": "#/$defs/proto.uint32" }, "http": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpService" }, "grpc": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.GrpcService" }, "resourceDetectors": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors" }, "resource_detectors": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors" }, "serviceAttributeEnrichment": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ServiceAttributeEnrichment" }, "service_attribute_enrichment": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ServiceAttributeEnrichment" }, "dynatraceSampler": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler" }, "dynatrace_sampler": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler" } }, "additionalProperties": false };
var schema145 = { "type": ["object", "null"], "properties": { "path": { "$ref": "#/$defs/proto.string" }, "timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "headers": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpHeader" } } }, "additionalProperties": false };
function validate552(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema145.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "timeout" || key0 === "headers")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate40(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate26(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== void 0) {
      let data2 = data.headers;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: schema145.properties.headers.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate501(data2[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate501.errors : vErrors.concat(validate501.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate552.errors = vErrors;
  return errors === 0;
}
var schema146 = { "type": ["object", "null"], "properties": { "timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "initialMetadata": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpHeader" } }, "initial_metadata": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpHeader" } } }, "additionalProperties": false };
function validate557(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema146.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "timeout" || key0 === "initialMetadata" || key0 === "initial_metadata")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate26(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.initialMetadata !== void 0) {
      let data1 = data.initialMetadata;
      if (!Array.isArray(data1) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/initialMetadata", schemaPath: "#/properties/initialMetadata/type", keyword: "type", params: { type: schema146.properties.initialMetadata.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate501(data1[i0], { instancePath: instancePath + "/initialMetadata/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate501.errors : vErrors.concat(validate501.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.initial_metadata !== void 0) {
      let data3 = data.initial_metadata;
      if (!Array.isArray(data3) && data3 !== null) {
        const err3 = { instancePath: instancePath + "/initial_metadata", schemaPath: "#/properties/initial_metadata/type", keyword: "type", params: { type: schema146.properties.initial_metadata.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate501(data3[i1], { instancePath: instancePath + "/initial_metadata/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate501.errors : vErrors.concat(validate501.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate557.errors = vErrors;
  return errors === 0;
}
var schema147 = { "type": ["object", "null"], "properties": { "environment": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.EnvironmentResourceDetector" }, "dynatrace": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.DynatraceResourceDetector" } }, "additionalProperties": false };
var schema148 = { "type": ["object", "null"], "properties": {}, "additionalProperties": false };
var schema149 = { "type": ["object", "null"], "properties": {}, "additionalProperties": false };
function validate562(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema147.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "environment" || key0 === "dynatrace")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data0 = data.environment;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.EnvironmentResourceDetector/type", keyword: "type", params: { type: schema148.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const err3 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.EnvironmentResourceDetector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.dynatrace !== void 0) {
      let data1 = data.dynatrace;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/dynatrace", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.DynatraceResourceDetector/type", keyword: "type", params: { type: schema149.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key2 in data1) {
          const err5 = { instancePath: instancePath + "/dynatrace", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.DynatraceResourceDetector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  validate562.errors = vErrors;
  return errors === 0;
}
var schema151 = { "enum": ["ISTIO_CANONICAL", "OTEL_SEMANTIC_CONVENTIONS", 0, 1, null] };
function validate565(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "ISTIO_CANONICAL" || data === "OTEL_SEMANTIC_CONVENTIONS" || data === 0 || data === 1 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ServiceAttributeEnrichment.values/enum", keyword: "enum", params: { allowedValues: schema151.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate565.errors = vErrors;
  return errors === 0;
}
var schema152 = { "type": ["object", "null"], "properties": { "tenant": { "$ref": "#/$defs/proto.string" }, "clusterId": { "$ref": "#/$defs/proto.int32" }, "cluster_id": { "$ref": "#/$defs/proto.int32" }, "rootSpansPerMinute": { "$ref": "#/$defs/proto.uint32" }, "root_spans_per_minute": { "$ref": "#/$defs/proto.uint32" }, "httpService": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler.DynatraceApi" }, "http_service": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler.DynatraceApi" } }, "additionalProperties": false };
var schema153 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "http": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpService" } }, "additionalProperties": false };
function validate574(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema153.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "http")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.http !== void 0) {
      if (!validate552(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
  }
  validate574.errors = vErrors;
  return errors === 0;
}
function validate568(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema152.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tenant" || key0 === "clusterId" || key0 === "cluster_id" || key0 === "rootSpansPerMinute" || key0 === "root_spans_per_minute" || key0 === "httpService" || key0 === "http_service")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tenant !== void 0) {
      if (!validate40(data.tenant, { instancePath: instancePath + "/tenant", parentData: data, parentDataProperty: "tenant", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterId !== void 0) {
      if (!validate19(data.clusterId, { instancePath: instancePath + "/clusterId", parentData: data, parentDataProperty: "clusterId", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.cluster_id !== void 0) {
      if (!validate19(data.cluster_id, { instancePath: instancePath + "/cluster_id", parentData: data, parentDataProperty: "cluster_id", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.rootSpansPerMinute !== void 0) {
      if (!validate34(data.rootSpansPerMinute, { instancePath: instancePath + "/rootSpansPerMinute", parentData: data, parentDataProperty: "rootSpansPerMinute", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.root_spans_per_minute !== void 0) {
      if (!validate34(data.root_spans_per_minute, { instancePath: instancePath + "/root_spans_per_minute", parentData: data, parentDataProperty: "root_spans_per_minute", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpService !== void 0) {
      if (!validate574(data.httpService, { instancePath: instancePath + "/httpService", parentData: data, parentDataProperty: "httpService", rootData })) {
        vErrors = vErrors === null ? validate574.errors : vErrors.concat(validate574.errors);
        errors = vErrors.length;
      }
    }
    if (data.http_service !== void 0) {
      if (!validate574(data.http_service, { instancePath: instancePath + "/http_service", parentData: data, parentDataProperty: "http_service", rootData })) {
        vErrors = vErrors === null ? validate574.errors : vErrors.concat(validate574.errors);
        errors = vErrors.length;
      }
    }
  }
  validate568.errors = vErrors;
  return errors === 0;
}
function validate547(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema144.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema144.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxTagLength !== void 0) {
      if (!validate34(data.maxTagLength, { instancePath: instancePath + "/maxTagLength", parentData: data, parentDataProperty: "maxTagLength", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_tag_length !== void 0) {
      if (!validate34(data.max_tag_length, { instancePath: instancePath + "/max_tag_length", parentData: data, parentDataProperty: "max_tag_length", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.http !== void 0) {
      if (!validate552(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.grpc !== void 0) {
      if (!validate557(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData })) {
        vErrors = vErrors === null ? validate557.errors : vErrors.concat(validate557.errors);
        errors = vErrors.length;
      }
    }
    if (data.resourceDetectors !== void 0) {
      if (!validate562(data.resourceDetectors, { instancePath: instancePath + "/resourceDetectors", parentData: data, parentDataProperty: "resourceDetectors", rootData })) {
        vErrors = vErrors === null ? validate562.errors : vErrors.concat(validate562.errors);
        errors = vErrors.length;
      }
    }
    if (data.resource_detectors !== void 0) {
      if (!validate562(data.resource_detectors, { instancePath: instancePath + "/resource_detectors", parentData: data, parentDataProperty: "resource_detectors", rootData })) {
        vErrors = vErrors === null ? validate562.errors : vErrors.concat(validate562.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceAttributeEnrichment !== void 0) {
      if (!validate565(data.serviceAttributeEnrichment, { instancePath: instancePath + "/serviceAttributeEnrichment", parentData: data, parentDataProperty: "serviceAttributeEnrichment", rootData })) {
        vErrors = vErrors === null ? validate565.errors : vErrors.concat(validate565.errors);
        errors = vErrors.length;
      }
    }
    if (data.service_attribute_enrichment !== void 0) {
      if (!validate565(data.service_attribute_enrichment, { instancePath: instancePath + "/service_attribute_enrichment", parentData: data, parentDataProperty: "service_attribute_enrichment", rootData })) {
        vErrors = vErrors === null ? validate565.errors : vErrors.concat(validate565.errors);
        errors = vErrors.length;
      }
    }
    if (data.dynatraceSampler !== void 0) {
      if (!validate568(data.dynatraceSampler, { instancePath: instancePath + "/dynatraceSampler", parentData: data, parentDataProperty: "dynatraceSampler", rootData })) {
        vErrors = vErrors === null ? validate568.errors : vErrors.concat(validate568.errors);
        errors = vErrors.length;
      }
    }
    if (data.dynatrace_sampler !== void 0) {
      if (!validate568(data.dynatrace_sampler, { instancePath: instancePath + "/dynatrace_sampler", parentData: data, parentDataProperty: "dynatrace_sampler", rootData })) {
        vErrors = vErrors === null ? validate568.errors : vErrors.concat(validate568.errors);
        errors = vErrors.length;
      }
    }
  }
  validate547.errors = vErrors;
  return errors === 0;
}
var schema155 = { "type": ["object", "null"], "properties": { "path": { "$ref": "#/$defs/proto.string" }, "logFormat": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider.LogFormat" }, "log_format": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider.LogFormat" }, "omitEmptyValues": { "$ref": "#/$defs/proto.bool" }, "omit_empty_values": { "$ref": "#/$defs/proto.bool" } }, "additionalProperties": false };
var schema156 = { "type": ["object", "null"], "properties": { "text": { "$ref": "#/$defs/proto.string" }, "labels": { "$ref": "#/$defs/google.protobuf.Struct" } }, "additionalProperties": false };
var schema158 = { "type": ["object", "null"] };
function validate587(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.Struct.impl/type", keyword: "type", params: { type: schema158.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate587.errors = vErrors;
  return errors === 0;
}
function validate585(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema156.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "text" || key0 === "labels")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate40(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate587(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData })) {
        vErrors = vErrors === null ? validate587.errors : vErrors.concat(validate587.errors);
        errors = vErrors.length;
      }
    }
  }
  validate585.errors = vErrors;
  return errors === 0;
}
function validate583(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema155.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "logFormat" || key0 === "log_format" || key0 === "omitEmptyValues" || key0 === "omit_empty_values")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate40(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.logFormat !== void 0) {
      if (!validate585(data.logFormat, { instancePath: instancePath + "/logFormat", parentData: data, parentDataProperty: "logFormat", rootData })) {
        vErrors = vErrors === null ? validate585.errors : vErrors.concat(validate585.errors);
        errors = vErrors.length;
      }
    }
    if (data.log_format !== void 0) {
      if (!validate585(data.log_format, { instancePath: instancePath + "/log_format", parentData: data, parentDataProperty: "log_format", rootData })) {
        vErrors = vErrors === null ? validate585.errors : vErrors.concat(validate585.errors);
        errors = vErrors.length;
      }
    }
    if (data.omitEmptyValues !== void 0) {
      if (!validate50(data.omitEmptyValues, { instancePath: instancePath + "/omitEmptyValues", parentData: data, parentDataProperty: "omitEmptyValues", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.omit_empty_values !== void 0) {
      if (!validate50(data.omit_empty_values, { instancePath: instancePath + "/omit_empty_values", parentData: data, parentDataProperty: "omit_empty_values", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  }
  validate583.errors = vErrors;
  return errors === 0;
}
var schema159 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "logName": { "$ref": "#/$defs/proto.string" }, "log_name": { "$ref": "#/$defs/proto.string" }, "filterStateObjectsToLog": { "type": ["array", "null"], "items": { "type": "string" } }, "filter_state_objects_to_log": { "type": ["array", "null"], "items": { "type": "string" } }, "additionalRequestHeadersToLog": { "type": ["array", "null"], "items": { "type": "string" } }, "additional_request_headers_to_log": { "type": ["array", "null"], "items": { "type": "string" } }, "additionalResponseHeadersToLog": { "type": ["array", "null"], "items": { "type": "string" } }, "additional_response_headers_to_log": { "type": ["array", "null"], "items": { "type": "string" } }, "additionalResponseTrailersToLog": { "type": ["array", "null"], "items": { "type": "string" } }, "additional_response_trailers_to_log": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
function validate595(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema159.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema159.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.logName !== void 0) {
      if (!validate40(data.logName, { instancePath: instancePath + "/logName", parentData: data, parentDataProperty: "logName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.log_name !== void 0) {
      if (!validate40(data.log_name, { instancePath: instancePath + "/log_name", parentData: data, parentDataProperty: "log_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.filterStateObjectsToLog !== void 0) {
      let data4 = data.filterStateObjectsToLog;
      if (!Array.isArray(data4) && data4 !== null) {
        const err2 = { instancePath: instancePath + "/filterStateObjectsToLog", schemaPath: "#/properties/filterStateObjectsToLog/type", keyword: "type", params: { type: schema159.properties.filterStateObjectsToLog.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/filterStateObjectsToLog/" + i0, schemaPath: "#/properties/filterStateObjectsToLog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.filter_state_objects_to_log !== void 0) {
      let data6 = data.filter_state_objects_to_log;
      if (!Array.isArray(data6) && data6 !== null) {
        const err4 = { instancePath: instancePath + "/filter_state_objects_to_log", schemaPath: "#/properties/filter_state_objects_to_log/type", keyword: "type", params: { type: schema159.properties.filter_state_objects_to_log.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/filter_state_objects_to_log/" + i1, schemaPath: "#/properties/filter_state_objects_to_log/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.additionalRequestHeadersToLog !== void 0) {
      let data8 = data.additionalRequestHeadersToLog;
      if (!Array.isArray(data8) && data8 !== null) {
        const err6 = { instancePath: instancePath + "/additionalRequestHeadersToLog", schemaPath: "#/properties/additionalRequestHeadersToLog/type", keyword: "type", params: { type: schema159.properties.additionalRequestHeadersToLog.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data8[i2] !== "string") {
            const err7 = { instancePath: instancePath + "/additionalRequestHeadersToLog/" + i2, schemaPath: "#/properties/additionalRequestHeadersToLog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.additional_request_headers_to_log !== void 0) {
      let data10 = data.additional_request_headers_to_log;
      if (!Array.isArray(data10) && data10 !== null) {
        const err8 = { instancePath: instancePath + "/additional_request_headers_to_log", schemaPath: "#/properties/additional_request_headers_to_log/type", keyword: "type", params: { type: schema159.properties.additional_request_headers_to_log.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data10[i3] !== "string") {
            const err9 = { instancePath: instancePath + "/additional_request_headers_to_log/" + i3, schemaPath: "#/properties/additional_request_headers_to_log/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    if (data.additionalResponseHeadersToLog !== void 0) {
      let data12 = data.additionalResponseHeadersToLog;
      if (!Array.isArray(data12) && data12 !== null) {
        const err10 = { instancePath: instancePath + "/additionalResponseHeadersToLog", schemaPath: "#/properties/additionalResponseHeadersToLog/type", keyword: "type", params: { type: schema159.properties.additionalResponseHeadersToLog.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data12[i4] !== "string") {
            const err11 = { instancePath: instancePath + "/additionalResponseHeadersToLog/" + i4, schemaPath: "#/properties/additionalResponseHeadersToLog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.additional_response_headers_to_log !== void 0) {
      let data14 = data.additional_response_headers_to_log;
      if (!Array.isArray(data14) && data14 !== null) {
        const err12 = { instancePath: instancePath + "/additional_response_headers_to_log", schemaPath: "#/properties/additional_response_headers_to_log/type", keyword: "type", params: { type: schema159.properties.additional_response_headers_to_log.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (Array.isArray(data14)) {
        const len5 = data14.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data14[i5] !== "string") {
            const err13 = { instancePath: instancePath + "/additional_response_headers_to_log/" + i5, schemaPath: "#/properties/additional_response_headers_to_log/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    if (data.additionalResponseTrailersToLog !== void 0) {
      let data16 = data.additionalResponseTrailersToLog;
      if (!Array.isArray(data16) && data16 !== null) {
        const err14 = { instancePath: instancePath + "/additionalResponseTrailersToLog", schemaPath: "#/properties/additionalResponseTrailersToLog/type", keyword: "type", params: { type: schema159.properties.additionalResponseTrailersToLog.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len6 = data16.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data16[i6] !== "string") {
            const err15 = { instancePath: instancePath + "/additionalResponseTrailersToLog/" + i6, schemaPath: "#/properties/additionalResponseTrailersToLog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.additional_response_trailers_to_log !== void 0) {
      let data18 = data.additional_response_trailers_to_log;
      if (!Array.isArray(data18) && data18 !== null) {
        const err16 = { instancePath: instancePath + "/additional_response_trailers_to_log", schemaPath: "#/properties/additional_response_trailers_to_log/type", keyword: "type", params: { type: schema159.properties.additional_response_trailers_to_log.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len7 = data18.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data18[i7] !== "string") {
            const err17 = { instancePath: instancePath + "/additional_response_trailers_to_log/" + i7, schemaPath: "#/properties/additional_response_trailers_to_log/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
  }
  validate595.errors = vErrors;
  return errors === 0;
}
var schema160 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "logName": { "$ref": "#/$defs/proto.string" }, "log_name": { "$ref": "#/$defs/proto.string" }, "filterStateObjectsToLog": { "type": ["array", "null"], "items": { "type": "string" } }, "filter_state_objects_to_log": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
function validate602(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema160.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "logName" || key0 === "log_name" || key0 === "filterStateObjectsToLog" || key0 === "filter_state_objects_to_log")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.logName !== void 0) {
      if (!validate40(data.logName, { instancePath: instancePath + "/logName", parentData: data, parentDataProperty: "logName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.log_name !== void 0) {
      if (!validate40(data.log_name, { instancePath: instancePath + "/log_name", parentData: data, parentDataProperty: "log_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.filterStateObjectsToLog !== void 0) {
      let data4 = data.filterStateObjectsToLog;
      if (!Array.isArray(data4) && data4 !== null) {
        const err2 = { instancePath: instancePath + "/filterStateObjectsToLog", schemaPath: "#/properties/filterStateObjectsToLog/type", keyword: "type", params: { type: schema160.properties.filterStateObjectsToLog.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/filterStateObjectsToLog/" + i0, schemaPath: "#/properties/filterStateObjectsToLog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.filter_state_objects_to_log !== void 0) {
      let data6 = data.filter_state_objects_to_log;
      if (!Array.isArray(data6) && data6 !== null) {
        const err4 = { instancePath: instancePath + "/filter_state_objects_to_log", schemaPath: "#/properties/filter_state_objects_to_log/type", keyword: "type", params: { type: schema160.properties.filter_state_objects_to_log.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/filter_state_objects_to_log/" + i1, schemaPath: "#/properties/filter_state_objects_to_log/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
  }
  validate602.errors = vErrors;
  return errors === 0;
}
var schema161 = { "type": ["object", "null"], "properties": { "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" }, "logName": { "$ref": "#/$defs/proto.string" }, "log_name": { "$ref": "#/$defs/proto.string" }, "logFormat": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider.LogFormat" }, "log_format": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider.LogFormat" } }, "additionalProperties": false };
var schema162 = { "type": ["object", "null"], "properties": { "text": { "$ref": "#/$defs/proto.string" }, "labels": { "$ref": "#/$defs/google.protobuf.Struct" } }, "additionalProperties": false };
function validate614(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema162.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "text" || key0 === "labels")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate40(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      if (!validate587(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData })) {
        vErrors = vErrors === null ? validate587.errors : vErrors.concat(validate587.errors);
        errors = vErrors.length;
      }
    }
  }
  validate614.errors = vErrors;
  return errors === 0;
}
function validate609(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema161.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "port" || key0 === "logName" || key0 === "log_name" || key0 === "logFormat" || key0 === "log_format")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.logName !== void 0) {
      if (!validate40(data.logName, { instancePath: instancePath + "/logName", parentData: data, parentDataProperty: "logName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.log_name !== void 0) {
      if (!validate40(data.log_name, { instancePath: instancePath + "/log_name", parentData: data, parentDataProperty: "log_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.logFormat !== void 0) {
      if (!validate614(data.logFormat, { instancePath: instancePath + "/logFormat", parentData: data, parentDataProperty: "logFormat", rootData })) {
        vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
        errors = vErrors.length;
      }
    }
    if (data.log_format !== void 0) {
      if (!validate614(data.log_format, { instancePath: instancePath + "/log_format", parentData: data, parentDataProperty: "log_format", rootData })) {
        vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
        errors = vErrors.length;
      }
    }
  }
  validate609.errors = vErrors;
  return errors === 0;
}
var schema163 = { "type": ["object", "null"], "properties": { "name": { "$ref": "#/$defs/proto.string" }, "service": { "$ref": "#/$defs/proto.string" }, "port": { "$ref": "#/$defs/proto.uint32" } }, "additionalProperties": false };
function validate621(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema163.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "service" || key0 === "port")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate40(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.service !== void 0) {
      if (!validate40(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== void 0) {
      if (!validate34(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate621.errors = vErrors;
  return errors === 0;
}
function validate450(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema128.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema128.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate40(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyExtAuthzHttp !== void 0) {
      if (!validate452(data.envoyExtAuthzHttp, { instancePath: instancePath + "/envoyExtAuthzHttp", parentData: data, parentDataProperty: "envoyExtAuthzHttp", rootData })) {
        vErrors = vErrors === null ? validate452.errors : vErrors.concat(validate452.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_ext_authz_http !== void 0) {
      if (!validate452(data.envoy_ext_authz_http, { instancePath: instancePath + "/envoy_ext_authz_http", parentData: data, parentDataProperty: "envoy_ext_authz_http", rootData })) {
        vErrors = vErrors === null ? validate452.errors : vErrors.concat(validate452.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyExtAuthzGrpc !== void 0) {
      if (!validate475(data.envoyExtAuthzGrpc, { instancePath: instancePath + "/envoyExtAuthzGrpc", parentData: data, parentDataProperty: "envoyExtAuthzGrpc", rootData })) {
        vErrors = vErrors === null ? validate475.errors : vErrors.concat(validate475.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_ext_authz_grpc !== void 0) {
      if (!validate475(data.envoy_ext_authz_grpc, { instancePath: instancePath + "/envoy_ext_authz_grpc", parentData: data, parentDataProperty: "envoy_ext_authz_grpc", rootData })) {
        vErrors = vErrors === null ? validate475.errors : vErrors.concat(validate475.errors);
        errors = vErrors.length;
      }
    }
    if (data.zipkin !== void 0) {
      if (!validate489(data.zipkin, { instancePath: instancePath + "/zipkin", parentData: data, parentDataProperty: "zipkin", rootData })) {
        vErrors = vErrors === null ? validate489.errors : vErrors.concat(validate489.errors);
        errors = vErrors.length;
      }
    }
    if (data.lightstep !== void 0) {
      if (!validate508(data.lightstep, { instancePath: instancePath + "/lightstep", parentData: data, parentDataProperty: "lightstep", rootData })) {
        vErrors = vErrors === null ? validate508.errors : vErrors.concat(validate508.errors);
        errors = vErrors.length;
      }
    }
    if (data.datadog !== void 0) {
      if (!validate516(data.datadog, { instancePath: instancePath + "/datadog", parentData: data, parentDataProperty: "datadog", rootData })) {
        vErrors = vErrors === null ? validate516.errors : vErrors.concat(validate516.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackdriver !== void 0) {
      if (!validate522(data.stackdriver, { instancePath: instancePath + "/stackdriver", parentData: data, parentDataProperty: "stackdriver", rootData })) {
        vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
        errors = vErrors.length;
      }
    }
    if (data.opencensus !== void 0) {
      if (!validate533(data.opencensus, { instancePath: instancePath + "/opencensus", parentData: data, parentDataProperty: "opencensus", rootData })) {
        vErrors = vErrors === null ? validate533.errors : vErrors.concat(validate533.errors);
        errors = vErrors.length;
      }
    }
    if (data.skywalking !== void 0) {
      if (!validate541(data.skywalking, { instancePath: instancePath + "/skywalking", parentData: data, parentDataProperty: "skywalking", rootData })) {
        vErrors = vErrors === null ? validate541.errors : vErrors.concat(validate541.errors);
        errors = vErrors.length;
      }
    }
    if (data.opentelemetry !== void 0) {
      if (!validate547(data.opentelemetry, { instancePath: instancePath + "/opentelemetry", parentData: data, parentDataProperty: "opentelemetry", rootData })) {
        vErrors = vErrors === null ? validate547.errors : vErrors.concat(validate547.errors);
        errors = vErrors.length;
      }
    }
    if (data.prometheus !== void 0) {
      let data12 = data.prometheus;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
        const err2 = { instancePath: instancePath + "/prometheus", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.PrometheusMetricsProvider/type", keyword: "type", params: { type: schema154.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          const err3 = { instancePath: instancePath + "/prometheus", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.PrometheusMetricsProvider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.envoyFileAccessLog !== void 0) {
      if (!validate583(data.envoyFileAccessLog, { instancePath: instancePath + "/envoyFileAccessLog", parentData: data, parentDataProperty: "envoyFileAccessLog", rootData })) {
        vErrors = vErrors === null ? validate583.errors : vErrors.concat(validate583.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_file_access_log !== void 0) {
      if (!validate583(data.envoy_file_access_log, { instancePath: instancePath + "/envoy_file_access_log", parentData: data, parentDataProperty: "envoy_file_access_log", rootData })) {
        vErrors = vErrors === null ? validate583.errors : vErrors.concat(validate583.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyHttpAls !== void 0) {
      if (!validate595(data.envoyHttpAls, { instancePath: instancePath + "/envoyHttpAls", parentData: data, parentDataProperty: "envoyHttpAls", rootData })) {
        vErrors = vErrors === null ? validate595.errors : vErrors.concat(validate595.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_http_als !== void 0) {
      if (!validate595(data.envoy_http_als, { instancePath: instancePath + "/envoy_http_als", parentData: data, parentDataProperty: "envoy_http_als", rootData })) {
        vErrors = vErrors === null ? validate595.errors : vErrors.concat(validate595.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyTcpAls !== void 0) {
      if (!validate602(data.envoyTcpAls, { instancePath: instancePath + "/envoyTcpAls", parentData: data, parentDataProperty: "envoyTcpAls", rootData })) {
        vErrors = vErrors === null ? validate602.errors : vErrors.concat(validate602.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_tcp_als !== void 0) {
      if (!validate602(data.envoy_tcp_als, { instancePath: instancePath + "/envoy_tcp_als", parentData: data, parentDataProperty: "envoy_tcp_als", rootData })) {
        vErrors = vErrors === null ? validate602.errors : vErrors.concat(validate602.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoyOtelAls !== void 0) {
      if (!validate609(data.envoyOtelAls, { instancePath: instancePath + "/envoyOtelAls", parentData: data, parentDataProperty: "envoyOtelAls", rootData })) {
        vErrors = vErrors === null ? validate609.errors : vErrors.concat(validate609.errors);
        errors = vErrors.length;
      }
    }
    if (data.envoy_otel_als !== void 0) {
      if (!validate609(data.envoy_otel_als, { instancePath: instancePath + "/envoy_otel_als", parentData: data, parentDataProperty: "envoy_otel_als", rootData })) {
        vErrors = vErrors === null ? validate609.errors : vErrors.concat(validate609.errors);
        errors = vErrors.length;
      }
    }
    if (data.sds !== void 0) {
      if (!validate621(data.sds, { instancePath: instancePath + "/sds", parentData: data, parentDataProperty: "sds", rootData })) {
        vErrors = vErrors === null ? validate621.errors : vErrors.concat(validate621.errors);
        errors = vErrors.length;
      }
    }
  }
  validate450.errors = vErrors;
  return errors === 0;
}
var schema166 = { "type": ["object", "null"], "properties": { "normalization": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization.NormalizationType" } }, "additionalProperties": false };
var schema168 = { "enum": ["DEFAULT", "NONE", "BASE", "MERGE_SLASHES", "DECODE_AND_MERGE_SLASHES", 0, 1, 2, 3, 4, null] };
function validate631(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "DEFAULT" || data === "NONE" || data === "BASE" || data === "MERGE_SLASHES" || data === "DECODE_AND_MERGE_SLASHES" || data === 0 || data === 1 || data === 2 || data === 3 || data === 4 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization.NormalizationType.values/enum", keyword: "enum", params: { allowedValues: schema168.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate631.errors = vErrors;
  return errors === 0;
}
function validate630(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema166.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "normalization")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.normalization !== void 0) {
      if (!validate631(data.normalization, { instancePath: instancePath + "/normalization", parentData: data, parentDataProperty: "normalization", rootData })) {
        vErrors = vErrors === null ? validate631.errors : vErrors.concat(validate631.errors);
        errors = vErrors.length;
      }
    }
  }
  validate630.errors = vErrors;
  return errors === 0;
}
var schema169 = { "type": ["object", "null"], "properties": { "attempts": { "$ref": "#/$defs/proto.int32" }, "perTryTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "per_try_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "retryOn": { "$ref": "#/$defs/proto.string" }, "retry_on": { "$ref": "#/$defs/proto.string" }, "retryRemoteLocalities": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "retry_remote_localities": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "retryIgnorePreviousHosts": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "retry_ignore_previous_hosts": { "$ref": "#/$defs/google.protobuf.BoolValue" }, "backoff": { "$ref": "#/$defs/google.protobuf.Duration" } }, "additionalProperties": false };
function validate635(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema169.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema169.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.attempts !== void 0) {
      if (!validate19(data.attempts, { instancePath: instancePath + "/attempts", parentData: data, parentDataProperty: "attempts", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.perTryTimeout !== void 0) {
      if (!validate26(data.perTryTimeout, { instancePath: instancePath + "/perTryTimeout", parentData: data, parentDataProperty: "perTryTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.per_try_timeout !== void 0) {
      if (!validate26(data.per_try_timeout, { instancePath: instancePath + "/per_try_timeout", parentData: data, parentDataProperty: "per_try_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryOn !== void 0) {
      if (!validate40(data.retryOn, { instancePath: instancePath + "/retryOn", parentData: data, parentDataProperty: "retryOn", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.retry_on !== void 0) {
      if (!validate40(data.retry_on, { instancePath: instancePath + "/retry_on", parentData: data, parentDataProperty: "retry_on", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryRemoteLocalities !== void 0) {
      if (!validate164(data.retryRemoteLocalities, { instancePath: instancePath + "/retryRemoteLocalities", parentData: data, parentDataProperty: "retryRemoteLocalities", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.retry_remote_localities !== void 0) {
      if (!validate164(data.retry_remote_localities, { instancePath: instancePath + "/retry_remote_localities", parentData: data, parentDataProperty: "retry_remote_localities", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryIgnorePreviousHosts !== void 0) {
      if (!validate164(data.retryIgnorePreviousHosts, { instancePath: instancePath + "/retryIgnorePreviousHosts", parentData: data, parentDataProperty: "retryIgnorePreviousHosts", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.retry_ignore_previous_hosts !== void 0) {
      if (!validate164(data.retry_ignore_previous_hosts, { instancePath: instancePath + "/retry_ignore_previous_hosts", parentData: data, parentDataProperty: "retry_ignore_previous_hosts", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.backoff !== void 0) {
      if (!validate26(data.backoff, { instancePath: instancePath + "/backoff", parentData: data, parentDataProperty: "backoff", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate635.errors = vErrors;
  return errors === 0;
}
var schema170 = { "type": ["object", "null"], "properties": { "minProtocolVersion": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig.TLSProtocol" }, "min_protocol_version": { "$ref": "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig.TLSProtocol" }, "ecdhCurves": { "type": ["array", "null"], "items": { "type": "string" } }, "ecdh_curves": { "type": ["array", "null"], "items": { "type": "string" } }, "cipherSuites": { "type": ["array", "null"], "items": { "type": "string" } }, "cipher_suites": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": false };
var schema172 = { "enum": ["TLS_AUTO", "TLSV1_2", "TLSV1_3", 0, 1, 2, null] };
function validate649(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "TLS_AUTO" || data === "TLSV1_2" || data === "TLSV1_3" || data === 0 || data === 1 || data === 2 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.TLSConfig.TLSProtocol.values/enum", keyword: "enum", params: { allowedValues: schema172.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate649.errors = vErrors;
  return errors === 0;
}
function validate648(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema170.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "minProtocolVersion" || key0 === "min_protocol_version" || key0 === "ecdhCurves" || key0 === "ecdh_curves" || key0 === "cipherSuites" || key0 === "cipher_suites")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.minProtocolVersion !== void 0) {
      if (!validate649(data.minProtocolVersion, { instancePath: instancePath + "/minProtocolVersion", parentData: data, parentDataProperty: "minProtocolVersion", rootData })) {
        vErrors = vErrors === null ? validate649.errors : vErrors.concat(validate649.errors);
        errors = vErrors.length;
      }
    }
    if (data.min_protocol_version !== void 0) {
      if (!validate649(data.min_protocol_version, { instancePath: instancePath + "/min_protocol_version", parentData: data, parentDataProperty: "min_protocol_version", rootData })) {
        vErrors = vErrors === null ? validate649.errors : vErrors.concat(validate649.errors);
        errors = vErrors.length;
      }
    }
    if (data.ecdhCurves !== void 0) {
      let data2 = data.ecdhCurves;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/ecdhCurves", schemaPath: "#/properties/ecdhCurves/type", keyword: "type", params: { type: schema170.properties.ecdhCurves.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/ecdhCurves/" + i0, schemaPath: "#/properties/ecdhCurves/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.ecdh_curves !== void 0) {
      let data4 = data.ecdh_curves;
      if (!Array.isArray(data4) && data4 !== null) {
        const err4 = { instancePath: instancePath + "/ecdh_curves", schemaPath: "#/properties/ecdh_curves/type", keyword: "type", params: { type: schema170.properties.ecdh_curves.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/ecdh_curves/" + i1, schemaPath: "#/properties/ecdh_curves/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.cipherSuites !== void 0) {
      let data6 = data.cipherSuites;
      if (!Array.isArray(data6) && data6 !== null) {
        const err6 = { instancePath: instancePath + "/cipherSuites", schemaPath: "#/properties/cipherSuites/type", keyword: "type", params: { type: schema170.properties.cipherSuites.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data6[i2] !== "string") {
            const err7 = { instancePath: instancePath + "/cipherSuites/" + i2, schemaPath: "#/properties/cipherSuites/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.cipher_suites !== void 0) {
      let data8 = data.cipher_suites;
      if (!Array.isArray(data8) && data8 !== null) {
        const err8 = { instancePath: instancePath + "/cipher_suites", schemaPath: "#/properties/cipher_suites/type", keyword: "type", params: { type: schema170.properties.cipher_suites.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data8[i3] !== "string") {
            const err9 = { instancePath: instancePath + "/cipher_suites/" + i3, schemaPath: "#/properties/cipher_suites/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
  }
  validate648.errors = vErrors;
  return errors === 0;
}
var schema173 = { "type": ["object", "null"], "properties": { "connectionPool": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings" }, "connection_pool": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings" }, "outlierDetection": { "$ref": "#/$defs/istio.networking.v1alpha3.OutlierDetection" }, "outlier_detection": { "$ref": "#/$defs/istio.networking.v1alpha3.OutlierDetection" } }, "additionalProperties": false };
var schema174 = { "type": ["object", "null"], "properties": { "tcp": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings" }, "http": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.HTTPSettings" } }, "additionalProperties": false };
var schema175 = { "type": ["object", "null"], "properties": { "maxConnections": { "$ref": "#/$defs/proto.int32" }, "max_connections": { "$ref": "#/$defs/proto.int32" }, "connectTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "connect_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "tcpKeepalive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive" }, "tcp_keepalive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive" }, "maxConnectionDuration": { "$ref": "#/$defs/google.protobuf.Duration" }, "max_connection_duration": { "$ref": "#/$defs/google.protobuf.Duration" }, "idleTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "idle_timeout": { "$ref": "#/$defs/google.protobuf.Duration" } }, "additionalProperties": false };
function validate658(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema175.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema175.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.maxConnections !== void 0) {
      if (!validate19(data.maxConnections, { instancePath: instancePath + "/maxConnections", parentData: data, parentDataProperty: "maxConnections", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_connections !== void 0) {
      if (!validate19(data.max_connections, { instancePath: instancePath + "/max_connections", parentData: data, parentDataProperty: "max_connections", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.connectTimeout !== void 0) {
      if (!validate26(data.connectTimeout, { instancePath: instancePath + "/connectTimeout", parentData: data, parentDataProperty: "connectTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.connect_timeout !== void 0) {
      if (!validate26(data.connect_timeout, { instancePath: instancePath + "/connect_timeout", parentData: data, parentDataProperty: "connect_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepalive !== void 0) {
      if (!validate33(data.tcpKeepalive, { instancePath: instancePath + "/tcpKeepalive", parentData: data, parentDataProperty: "tcpKeepalive", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcp_keepalive !== void 0) {
      if (!validate33(data.tcp_keepalive, { instancePath: instancePath + "/tcp_keepalive", parentData: data, parentDataProperty: "tcp_keepalive", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxConnectionDuration !== void 0) {
      if (!validate26(data.maxConnectionDuration, { instancePath: instancePath + "/maxConnectionDuration", parentData: data, parentDataProperty: "maxConnectionDuration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_connection_duration !== void 0) {
      if (!validate26(data.max_connection_duration, { instancePath: instancePath + "/max_connection_duration", parentData: data, parentDataProperty: "max_connection_duration", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.idleTimeout !== void 0) {
      if (!validate26(data.idleTimeout, { instancePath: instancePath + "/idleTimeout", parentData: data, parentDataProperty: "idleTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.idle_timeout !== void 0) {
      if (!validate26(data.idle_timeout, { instancePath: instancePath + "/idle_timeout", parentData: data, parentDataProperty: "idle_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate658.errors = vErrors;
  return errors === 0;
}
var schema176 = { "type": ["object", "null"], "properties": { "http1MaxPendingRequests": { "$ref": "#/$defs/proto.int32" }, "http1_max_pending_requests": { "$ref": "#/$defs/proto.int32" }, "http2MaxRequests": { "$ref": "#/$defs/proto.int32" }, "http2_max_requests": { "$ref": "#/$defs/proto.int32" }, "maxRequestsPerConnection": { "$ref": "#/$defs/proto.int32" }, "max_requests_per_connection": { "$ref": "#/$defs/proto.int32" }, "maxRetries": { "$ref": "#/$defs/proto.int32" }, "max_retries": { "$ref": "#/$defs/proto.int32" }, "idleTimeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "idle_timeout": { "$ref": "#/$defs/google.protobuf.Duration" }, "h2UpgradePolicy": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.HTTPSettings.H2UpgradePolicy" }, "h2_upgrade_policy": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.HTTPSettings.H2UpgradePolicy" }, "useClientProtocol": { "$ref": "#/$defs/proto.bool" }, "use_client_protocol": { "$ref": "#/$defs/proto.bool" }, "maxConcurrentStreams": { "$ref": "#/$defs/proto.int32" }, "max_concurrent_streams": { "$ref": "#/$defs/proto.int32" }, "http2KeepAlive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.HTTPSettings.ConnectionKeepalive" }, "http2_keep_alive": { "$ref": "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.HTTPSettings.ConnectionKeepalive" } }, "additionalProperties": false };
var schema178 = { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE", 0, 1, 2, null] };
function validate681(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "DEFAULT" || data === "DO_NOT_UPGRADE" || data === "UPGRADE" || data === 0 || data === 1 || data === 2 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.networking.v1alpha3.ConnectionPoolSettings.HTTPSettings.H2UpgradePolicy.values/enum", keyword: "enum", params: { allowedValues: schema178.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate681.errors = vErrors;
  return errors === 0;
}
var schema179 = { "type": ["object", "null"], "properties": { "interval": { "$ref": "#/$defs/google.protobuf.Duration" }, "timeout": { "$ref": "#/$defs/google.protobuf.Duration" } }, "additionalProperties": false };
function validate688(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema179.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "interval" || key0 === "timeout")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.interval !== void 0) {
      if (!validate26(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeout !== void 0) {
      if (!validate26(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate688.errors = vErrors;
  return errors === 0;
}
function validate670(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema176.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema176.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.http1MaxPendingRequests !== void 0) {
      if (!validate19(data.http1MaxPendingRequests, { instancePath: instancePath + "/http1MaxPendingRequests", parentData: data, parentDataProperty: "http1MaxPendingRequests", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.http1_max_pending_requests !== void 0) {
      if (!validate19(data.http1_max_pending_requests, { instancePath: instancePath + "/http1_max_pending_requests", parentData: data, parentDataProperty: "http1_max_pending_requests", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2MaxRequests !== void 0) {
      if (!validate19(data.http2MaxRequests, { instancePath: instancePath + "/http2MaxRequests", parentData: data, parentDataProperty: "http2MaxRequests", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2_max_requests !== void 0) {
      if (!validate19(data.http2_max_requests, { instancePath: instancePath + "/http2_max_requests", parentData: data, parentDataProperty: "http2_max_requests", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxRequestsPerConnection !== void 0) {
      if (!validate19(data.maxRequestsPerConnection, { instancePath: instancePath + "/maxRequestsPerConnection", parentData: data, parentDataProperty: "maxRequestsPerConnection", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_requests_per_connection !== void 0) {
      if (!validate19(data.max_requests_per_connection, { instancePath: instancePath + "/max_requests_per_connection", parentData: data, parentDataProperty: "max_requests_per_connection", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxRetries !== void 0) {
      if (!validate19(data.maxRetries, { instancePath: instancePath + "/maxRetries", parentData: data, parentDataProperty: "maxRetries", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_retries !== void 0) {
      if (!validate19(data.max_retries, { instancePath: instancePath + "/max_retries", parentData: data, parentDataProperty: "max_retries", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.idleTimeout !== void 0) {
      if (!validate26(data.idleTimeout, { instancePath: instancePath + "/idleTimeout", parentData: data, parentDataProperty: "idleTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.idle_timeout !== void 0) {
      if (!validate26(data.idle_timeout, { instancePath: instancePath + "/idle_timeout", parentData: data, parentDataProperty: "idle_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.h2UpgradePolicy !== void 0) {
      if (!validate681(data.h2UpgradePolicy, { instancePath: instancePath + "/h2UpgradePolicy", parentData: data, parentDataProperty: "h2UpgradePolicy", rootData })) {
        vErrors = vErrors === null ? validate681.errors : vErrors.concat(validate681.errors);
        errors = vErrors.length;
      }
    }
    if (data.h2_upgrade_policy !== void 0) {
      if (!validate681(data.h2_upgrade_policy, { instancePath: instancePath + "/h2_upgrade_policy", parentData: data, parentDataProperty: "h2_upgrade_policy", rootData })) {
        vErrors = vErrors === null ? validate681.errors : vErrors.concat(validate681.errors);
        errors = vErrors.length;
      }
    }
    if (data.useClientProtocol !== void 0) {
      if (!validate50(data.useClientProtocol, { instancePath: instancePath + "/useClientProtocol", parentData: data, parentDataProperty: "useClientProtocol", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.use_client_protocol !== void 0) {
      if (!validate50(data.use_client_protocol, { instancePath: instancePath + "/use_client_protocol", parentData: data, parentDataProperty: "use_client_protocol", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxConcurrentStreams !== void 0) {
      if (!validate19(data.maxConcurrentStreams, { instancePath: instancePath + "/maxConcurrentStreams", parentData: data, parentDataProperty: "maxConcurrentStreams", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_concurrent_streams !== void 0) {
      if (!validate19(data.max_concurrent_streams, { instancePath: instancePath + "/max_concurrent_streams", parentData: data, parentDataProperty: "max_concurrent_streams", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2KeepAlive !== void 0) {
      if (!validate688(data.http2KeepAlive, { instancePath: instancePath + "/http2KeepAlive", parentData: data, parentDataProperty: "http2KeepAlive", rootData })) {
        vErrors = vErrors === null ? validate688.errors : vErrors.concat(validate688.errors);
        errors = vErrors.length;
      }
    }
    if (data.http2_keep_alive !== void 0) {
      if (!validate688(data.http2_keep_alive, { instancePath: instancePath + "/http2_keep_alive", parentData: data, parentDataProperty: "http2_keep_alive", rootData })) {
        vErrors = vErrors === null ? validate688.errors : vErrors.concat(validate688.errors);
        errors = vErrors.length;
      }
    }
  }
  validate670.errors = vErrors;
  return errors === 0;
}
function validate657(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema174.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tcp" || key0 === "http")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tcp !== void 0) {
      if (!validate658(data.tcp, { instancePath: instancePath + "/tcp", parentData: data, parentDataProperty: "tcp", rootData })) {
        vErrors = vErrors === null ? validate658.errors : vErrors.concat(validate658.errors);
        errors = vErrors.length;
      }
    }
    if (data.http !== void 0) {
      if (!validate670(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
        vErrors = vErrors === null ? validate670.errors : vErrors.concat(validate670.errors);
        errors = vErrors.length;
      }
    }
  }
  validate657.errors = vErrors;
  return errors === 0;
}
var schema180 = { "type": ["object", "null"], "properties": { "consecutiveErrors": { "$ref": "#/$defs/proto.int32" }, "consecutive_errors": { "$ref": "#/$defs/proto.int32" }, "splitExternalLocalOriginErrors": { "$ref": "#/$defs/proto.bool" }, "split_external_local_origin_errors": { "$ref": "#/$defs/proto.bool" }, "consecutiveLocalOriginFailures": { "$ref": "#/$defs/google.protobuf.UInt32Value" }, "consecutive_local_origin_failures": { "$ref": "#/$defs/google.protobuf.UInt32Value" }, "consecutiveGatewayErrors": { "$ref": "#/$defs/google.protobuf.UInt32Value" }, "consecutive_gateway_errors": { "$ref": "#/$defs/google.protobuf.UInt32Value" }, "consecutive5xxErrors": { "$ref": "#/$defs/google.protobuf.UInt32Value" }, "consecutive_5xx_errors": { "$ref": "#/$defs/google.protobuf.UInt32Value" }, "interval": { "$ref": "#/$defs/google.protobuf.Duration" }, "baseEjectionTime": { "$ref": "#/$defs/google.protobuf.Duration" }, "base_ejection_time": { "$ref": "#/$defs/google.protobuf.Duration" }, "maxEjectionPercent": { "$ref": "#/$defs/proto.int32" }, "max_ejection_percent": { "$ref": "#/$defs/proto.int32" }, "minHealthPercent": { "$ref": "#/$defs/proto.int32" }, "min_health_percent": { "$ref": "#/$defs/proto.int32" }, "outlierDetectionHttpErrorCodes": { "type": ["array", "null"], "items": { "type": ["integer", "string"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" } }, "outlier_detection_http_error_codes": { "type": ["array", "null"], "items": { "type": ["integer", "string"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" } } }, "additionalProperties": false };
var schema182 = { "type": ["integer", "string", "null"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" };
function validate701(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt32Value.impl/type", keyword: "type", params: { type: schema182.type }, message: "must be integer,string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data > 4294967295 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt32Value.impl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt32Value.impl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  if (typeof data === "string") {
    if (!pattern3.test(data)) {
      const err3 = { instancePath, schemaPath: "#/$defs/google.protobuf.UInt32Value.impl/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  validate701.errors = vErrors;
  return errors === 0;
}
function validate696(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema180.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema180.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.consecutiveErrors !== void 0) {
      if (!validate19(data.consecutiveErrors, { instancePath: instancePath + "/consecutiveErrors", parentData: data, parentDataProperty: "consecutiveErrors", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutive_errors !== void 0) {
      if (!validate19(data.consecutive_errors, { instancePath: instancePath + "/consecutive_errors", parentData: data, parentDataProperty: "consecutive_errors", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.splitExternalLocalOriginErrors !== void 0) {
      if (!validate50(data.splitExternalLocalOriginErrors, { instancePath: instancePath + "/splitExternalLocalOriginErrors", parentData: data, parentDataProperty: "splitExternalLocalOriginErrors", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.split_external_local_origin_errors !== void 0) {
      if (!validate50(data.split_external_local_origin_errors, { instancePath: instancePath + "/split_external_local_origin_errors", parentData: data, parentDataProperty: "split_external_local_origin_errors", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutiveLocalOriginFailures !== void 0) {
      if (!validate701(data.consecutiveLocalOriginFailures, { instancePath: instancePath + "/consecutiveLocalOriginFailures", parentData: data, parentDataProperty: "consecutiveLocalOriginFailures", rootData })) {
        vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutive_local_origin_failures !== void 0) {
      if (!validate701(data.consecutive_local_origin_failures, { instancePath: instancePath + "/consecutive_local_origin_failures", parentData: data, parentDataProperty: "consecutive_local_origin_failures", rootData })) {
        vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutiveGatewayErrors !== void 0) {
      if (!validate701(data.consecutiveGatewayErrors, { instancePath: instancePath + "/consecutiveGatewayErrors", parentData: data, parentDataProperty: "consecutiveGatewayErrors", rootData })) {
        vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutive_gateway_errors !== void 0) {
      if (!validate701(data.consecutive_gateway_errors, { instancePath: instancePath + "/consecutive_gateway_errors", parentData: data, parentDataProperty: "consecutive_gateway_errors", rootData })) {
        vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutive5xxErrors !== void 0) {
      if (!validate701(data.consecutive5xxErrors, { instancePath: instancePath + "/consecutive5xxErrors", parentData: data, parentDataProperty: "consecutive5xxErrors", rootData })) {
        vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
        errors = vErrors.length;
      }
    }
    if (data.consecutive_5xx_errors !== void 0) {
      if (!validate701(data.consecutive_5xx_errors, { instancePath: instancePath + "/consecutive_5xx_errors", parentData: data, parentDataProperty: "consecutive_5xx_errors", rootData })) {
        vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
        errors = vErrors.length;
      }
    }
    if (data.interval !== void 0) {
      if (!validate26(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.baseEjectionTime !== void 0) {
      if (!validate26(data.baseEjectionTime, { instancePath: instancePath + "/baseEjectionTime", parentData: data, parentDataProperty: "baseEjectionTime", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_ejection_time !== void 0) {
      if (!validate26(data.base_ejection_time, { instancePath: instancePath + "/base_ejection_time", parentData: data, parentDataProperty: "base_ejection_time", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxEjectionPercent !== void 0) {
      if (!validate19(data.maxEjectionPercent, { instancePath: instancePath + "/maxEjectionPercent", parentData: data, parentDataProperty: "maxEjectionPercent", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_ejection_percent !== void 0) {
      if (!validate19(data.max_ejection_percent, { instancePath: instancePath + "/max_ejection_percent", parentData: data, parentDataProperty: "max_ejection_percent", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.minHealthPercent !== void 0) {
      if (!validate19(data.minHealthPercent, { instancePath: instancePath + "/minHealthPercent", parentData: data, parentDataProperty: "minHealthPercent", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.min_health_percent !== void 0) {
      if (!validate19(data.min_health_percent, { instancePath: instancePath + "/min_health_percent", parentData: data, parentDataProperty: "min_health_percent", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.outlierDetectionHttpErrorCodes !== void 0) {
      let data17 = data.outlierDetectionHttpErrorCodes;
      if (!Array.isArray(data17) && data17 !== null) {
        const err2 = { instancePath: instancePath + "/outlierDetectionHttpErrorCodes", schemaPath: "#/properties/outlierDetectionHttpErrorCodes/type", keyword: "type", params: { type: schema180.properties.outlierDetectionHttpErrorCodes.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18))) && typeof data18 !== "string") {
            const err3 = { instancePath: instancePath + "/outlierDetectionHttpErrorCodes/" + i0, schemaPath: "#/properties/outlierDetectionHttpErrorCodes/items/type", keyword: "type", params: { type: schema180.properties.outlierDetectionHttpErrorCodes.items.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (typeof data18 == "number") {
            if (data18 > 4294967295 || isNaN(data18)) {
              const err4 = { instancePath: instancePath + "/outlierDetectionHttpErrorCodes/" + i0, schemaPath: "#/properties/outlierDetectionHttpErrorCodes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err5 = { instancePath: instancePath + "/outlierDetectionHttpErrorCodes/" + i0, schemaPath: "#/properties/outlierDetectionHttpErrorCodes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (typeof data18 === "string") {
            if (!pattern3.test(data18)) {
              const err6 = { instancePath: instancePath + "/outlierDetectionHttpErrorCodes/" + i0, schemaPath: "#/properties/outlierDetectionHttpErrorCodes/items/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      }
    }
    if (data.outlier_detection_http_error_codes !== void 0) {
      let data19 = data.outlier_detection_http_error_codes;
      if (!Array.isArray(data19) && data19 !== null) {
        const err7 = { instancePath: instancePath + "/outlier_detection_http_error_codes", schemaPath: "#/properties/outlier_detection_http_error_codes/type", keyword: "type", params: { type: schema180.properties.outlier_detection_http_error_codes.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data19)) {
        const len1 = data19.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data20 = data19[i1];
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20))) && typeof data20 !== "string") {
            const err8 = { instancePath: instancePath + "/outlier_detection_http_error_codes/" + i1, schemaPath: "#/properties/outlier_detection_http_error_codes/items/type", keyword: "type", params: { type: schema180.properties.outlier_detection_http_error_codes.items.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data20 == "number") {
            if (data20 > 4294967295 || isNaN(data20)) {
              const err9 = { instancePath: instancePath + "/outlier_detection_http_error_codes/" + i1, schemaPath: "#/properties/outlier_detection_http_error_codes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data20 < 0 || isNaN(data20)) {
              const err10 = { instancePath: instancePath + "/outlier_detection_http_error_codes/" + i1, schemaPath: "#/properties/outlier_detection_http_error_codes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (typeof data20 === "string") {
            if (!pattern3.test(data20)) {
              const err11 = { instancePath: instancePath + "/outlier_detection_http_error_codes/" + i1, schemaPath: "#/properties/outlier_detection_http_error_codes/items/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      }
    }
  }
  validate696.errors = vErrors;
  return errors === 0;
}
function validate656(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema173.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "connectionPool" || key0 === "connection_pool" || key0 === "outlierDetection" || key0 === "outlier_detection")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.connectionPool !== void 0) {
      if (!validate657(data.connectionPool, { instancePath: instancePath + "/connectionPool", parentData: data, parentDataProperty: "connectionPool", rootData })) {
        vErrors = vErrors === null ? validate657.errors : vErrors.concat(validate657.errors);
        errors = vErrors.length;
      }
    }
    if (data.connection_pool !== void 0) {
      if (!validate657(data.connection_pool, { instancePath: instancePath + "/connection_pool", parentData: data, parentDataProperty: "connection_pool", rootData })) {
        vErrors = vErrors === null ? validate657.errors : vErrors.concat(validate657.errors);
        errors = vErrors.length;
      }
    }
    if (data.outlierDetection !== void 0) {
      if (!validate696(data.outlierDetection, { instancePath: instancePath + "/outlierDetection", parentData: data, parentDataProperty: "outlierDetection", rootData })) {
        vErrors = vErrors === null ? validate696.errors : vErrors.concat(validate696.errors);
        errors = vErrors.length;
      }
    }
    if (data.outlier_detection !== void 0) {
      if (!validate696(data.outlier_detection, { instancePath: instancePath + "/outlier_detection", parentData: data, parentDataProperty: "outlier_detection", rootData })) {
        vErrors = vErrors === null ? validate696.errors : vErrors.concat(validate696.errors);
        errors = vErrors.length;
      }
    }
  }
  validate656.errors = vErrors;
  return errors === 0;
}
var schema183 = { "type": ["object", "null"], "properties": { "defaultVisibility": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.Visibility" }, "default_visibility": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.Visibility" }, "applyToSidecars": { "$ref": "#/$defs/proto.bool" }, "apply_to_sidecars": { "$ref": "#/$defs/proto.bool" }, "policies": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.Policy" } } }, "additionalProperties": false };
var schema185 = { "enum": ["VISIBILITY_UNSPECIFIED", "NONE", "NAMESPACE", "PUBLIC", 0, 1, 2, 3, null] };
function validate720(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "VISIBILITY_UNSPECIFIED" || data === "NONE" || data === "NAMESPACE" || data === "PUBLIC" || data === 0 || data === 1 || data === 2 || data === 3 || data === null)) {
    const err0 = { instancePath, schemaPath: "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.Visibility.values/enum", keyword: "enum", params: { allowedValues: schema185.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate720.errors = vErrors;
  return errors === 0;
}
var schema186 = { "type": ["object", "null"], "properties": { "visibility": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.Visibility" }, "matchingRules": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.MatchRule" } }, "matching_rules": { "type": ["array", "null"], "items": { "$ref": "#/$defs/istio.mesh.v1alpha1.ServiceEntryVisibility.MatchRule" } } }, "additionalProperties": false };
var schema187 = { "type": ["object", "null"], "properties": { "namespaceSelector": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" }, "namespace_selector": { "$ref": "#/$defs/istio.mesh.v1alpha1.LabelSelector" } }, "additionalProperties": false };
function validate727(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema187.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "namespaceSelector" || key0 === "namespace_selector")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.namespaceSelector !== void 0) {
      if (!validate424(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData })) {
        vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespace_selector !== void 0) {
      if (!validate424(data.namespace_selector, { instancePath: instancePath + "/namespace_selector", parentData: data, parentDataProperty: "namespace_selector", rootData })) {
        vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
        errors = vErrors.length;
      }
    }
  }
  validate727.errors = vErrors;
  return errors === 0;
}
function validate725(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema186.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "visibility" || key0 === "matchingRules" || key0 === "matching_rules")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.visibility !== void 0) {
      if (!validate720(data.visibility, { instancePath: instancePath + "/visibility", parentData: data, parentDataProperty: "visibility", rootData })) {
        vErrors = vErrors === null ? validate720.errors : vErrors.concat(validate720.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchingRules !== void 0) {
      let data1 = data.matchingRules;
      if (!Array.isArray(data1) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/matchingRules", schemaPath: "#/properties/matchingRules/type", keyword: "type", params: { type: schema186.properties.matchingRules.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate727(data1[i0], { instancePath: instancePath + "/matchingRules/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate727.errors : vErrors.concat(validate727.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.matching_rules !== void 0) {
      let data3 = data.matching_rules;
      if (!Array.isArray(data3) && data3 !== null) {
        const err3 = { instancePath: instancePath + "/matching_rules", schemaPath: "#/properties/matching_rules/type", keyword: "type", params: { type: schema186.properties.matching_rules.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate727(data3[i1], { instancePath: instancePath + "/matching_rules/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate727.errors : vErrors.concat(validate727.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate725.errors = vErrors;
  return errors === 0;
}
function validate719(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema183.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultVisibility" || key0 === "default_visibility" || key0 === "applyToSidecars" || key0 === "apply_to_sidecars" || key0 === "policies")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaultVisibility !== void 0) {
      if (!validate720(data.defaultVisibility, { instancePath: instancePath + "/defaultVisibility", parentData: data, parentDataProperty: "defaultVisibility", rootData })) {
        vErrors = vErrors === null ? validate720.errors : vErrors.concat(validate720.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_visibility !== void 0) {
      if (!validate720(data.default_visibility, { instancePath: instancePath + "/default_visibility", parentData: data, parentDataProperty: "default_visibility", rootData })) {
        vErrors = vErrors === null ? validate720.errors : vErrors.concat(validate720.errors);
        errors = vErrors.length;
      }
    }
    if (data.applyToSidecars !== void 0) {
      if (!validate50(data.applyToSidecars, { instancePath: instancePath + "/applyToSidecars", parentData: data, parentDataProperty: "applyToSidecars", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.apply_to_sidecars !== void 0) {
      if (!validate50(data.apply_to_sidecars, { instancePath: instancePath + "/apply_to_sidecars", parentData: data, parentDataProperty: "apply_to_sidecars", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.policies !== void 0) {
      let data4 = data.policies;
      if (!Array.isArray(data4) && data4 !== null) {
        const err2 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: schema183.properties.policies.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate725(data4[i0], { instancePath: instancePath + "/policies/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate725.errors : vErrors.concat(validate725.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate719.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema17.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.proxyListenPort !== void 0) {
      if (!validate19(data.proxyListenPort, { instancePath: instancePath + "/proxyListenPort", parentData: data, parentDataProperty: "proxyListenPort", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy_listen_port !== void 0) {
      if (!validate19(data.proxy_listen_port, { instancePath: instancePath + "/proxy_listen_port", parentData: data, parentDataProperty: "proxy_listen_port", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyInboundListenPort !== void 0) {
      if (!validate19(data.proxyInboundListenPort, { instancePath: instancePath + "/proxyInboundListenPort", parentData: data, parentDataProperty: "proxyInboundListenPort", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy_inbound_listen_port !== void 0) {
      if (!validate19(data.proxy_inbound_listen_port, { instancePath: instancePath + "/proxy_inbound_listen_port", parentData: data, parentDataProperty: "proxy_inbound_listen_port", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyHttpPort !== void 0) {
      if (!validate19(data.proxyHttpPort, { instancePath: instancePath + "/proxyHttpPort", parentData: data, parentDataProperty: "proxyHttpPort", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy_http_port !== void 0) {
      if (!validate19(data.proxy_http_port, { instancePath: instancePath + "/proxy_http_port", parentData: data, parentDataProperty: "proxy_http_port", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.connectTimeout !== void 0) {
      if (!validate26(data.connectTimeout, { instancePath: instancePath + "/connectTimeout", parentData: data, parentDataProperty: "connectTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.connect_timeout !== void 0) {
      if (!validate26(data.connect_timeout, { instancePath: instancePath + "/connect_timeout", parentData: data, parentDataProperty: "connect_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.hboneIdleTimeout !== void 0) {
      if (!validate26(data.hboneIdleTimeout, { instancePath: instancePath + "/hboneIdleTimeout", parentData: data, parentDataProperty: "hboneIdleTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.hbone_idle_timeout !== void 0) {
      if (!validate26(data.hbone_idle_timeout, { instancePath: instancePath + "/hbone_idle_timeout", parentData: data, parentDataProperty: "hbone_idle_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.protocolDetectionTimeout !== void 0) {
      if (!validate26(data.protocolDetectionTimeout, { instancePath: instancePath + "/protocolDetectionTimeout", parentData: data, parentDataProperty: "protocolDetectionTimeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.protocol_detection_timeout !== void 0) {
      if (!validate26(data.protocol_detection_timeout, { instancePath: instancePath + "/protocol_detection_timeout", parentData: data, parentDataProperty: "protocol_detection_timeout", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepalive !== void 0) {
      if (!validate33(data.tcpKeepalive, { instancePath: instancePath + "/tcpKeepalive", parentData: data, parentDataProperty: "tcpKeepalive", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcp_keepalive !== void 0) {
      if (!validate33(data.tcp_keepalive, { instancePath: instancePath + "/tcp_keepalive", parentData: data, parentDataProperty: "tcp_keepalive", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingressClass !== void 0) {
      if (!validate40(data.ingressClass, { instancePath: instancePath + "/ingressClass", parentData: data, parentDataProperty: "ingressClass", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress_class !== void 0) {
      if (!validate40(data.ingress_class, { instancePath: instancePath + "/ingress_class", parentData: data, parentDataProperty: "ingress_class", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingressService !== void 0) {
      if (!validate40(data.ingressService, { instancePath: instancePath + "/ingressService", parentData: data, parentDataProperty: "ingressService", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress_service !== void 0) {
      if (!validate40(data.ingress_service, { instancePath: instancePath + "/ingress_service", parentData: data, parentDataProperty: "ingress_service", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingressControllerMode !== void 0) {
      if (!validate45(data.ingressControllerMode, { instancePath: instancePath + "/ingressControllerMode", parentData: data, parentDataProperty: "ingressControllerMode", rootData })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress_controller_mode !== void 0) {
      if (!validate45(data.ingress_controller_mode, { instancePath: instancePath + "/ingress_controller_mode", parentData: data, parentDataProperty: "ingress_controller_mode", rootData })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingressSelector !== void 0) {
      if (!validate40(data.ingressSelector, { instancePath: instancePath + "/ingressSelector", parentData: data, parentDataProperty: "ingressSelector", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress_selector !== void 0) {
      if (!validate40(data.ingress_selector, { instancePath: instancePath + "/ingress_selector", parentData: data, parentDataProperty: "ingress_selector", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.enableTracing !== void 0) {
      if (!validate50(data.enableTracing, { instancePath: instancePath + "/enableTracing", parentData: data, parentDataProperty: "enableTracing", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_tracing !== void 0) {
      if (!validate50(data.enable_tracing, { instancePath: instancePath + "/enable_tracing", parentData: data, parentDataProperty: "enable_tracing", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessLogFile !== void 0) {
      if (!validate40(data.accessLogFile, { instancePath: instancePath + "/accessLogFile", parentData: data, parentDataProperty: "accessLogFile", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.access_log_file !== void 0) {
      if (!validate40(data.access_log_file, { instancePath: instancePath + "/access_log_file", parentData: data, parentDataProperty: "access_log_file", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessLogFormat !== void 0) {
      if (!validate40(data.accessLogFormat, { instancePath: instancePath + "/accessLogFormat", parentData: data, parentDataProperty: "accessLogFormat", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.access_log_format !== void 0) {
      if (!validate40(data.access_log_format, { instancePath: instancePath + "/access_log_format", parentData: data, parentDataProperty: "access_log_format", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessLogEncoding !== void 0) {
      if (!validate57(data.accessLogEncoding, { instancePath: instancePath + "/accessLogEncoding", parentData: data, parentDataProperty: "accessLogEncoding", rootData })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.access_log_encoding !== void 0) {
      if (!validate57(data.access_log_encoding, { instancePath: instancePath + "/access_log_encoding", parentData: data, parentDataProperty: "access_log_encoding", rootData })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.enableEnvoyAccessLogService !== void 0) {
      if (!validate50(data.enableEnvoyAccessLogService, { instancePath: instancePath + "/enableEnvoyAccessLogService", parentData: data, parentDataProperty: "enableEnvoyAccessLogService", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_envoy_access_log_service !== void 0) {
      if (!validate50(data.enable_envoy_access_log_service, { instancePath: instancePath + "/enable_envoy_access_log_service", parentData: data, parentDataProperty: "enable_envoy_access_log_service", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.disableEnvoyListenerLog !== void 0) {
      if (!validate50(data.disableEnvoyListenerLog, { instancePath: instancePath + "/disableEnvoyListenerLog", parentData: data, parentDataProperty: "disableEnvoyListenerLog", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.disable_envoy_listener_log !== void 0) {
      if (!validate50(data.disable_envoy_listener_log, { instancePath: instancePath + "/disable_envoy_listener_log", parentData: data, parentDataProperty: "disable_envoy_listener_log", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaultConfig !== void 0) {
      if (!validate64(data.defaultConfig, { instancePath: instancePath + "/defaultConfig", parentData: data, parentDataProperty: "defaultConfig", rootData })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_config !== void 0) {
      if (!validate64(data.default_config, { instancePath: instancePath + "/default_config", parentData: data, parentDataProperty: "default_config", rootData })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.outboundTrafficPolicy !== void 0) {
      if (!validate349(data.outboundTrafficPolicy, { instancePath: instancePath + "/outboundTrafficPolicy", parentData: data, parentDataProperty: "outboundTrafficPolicy", rootData })) {
        vErrors = vErrors === null ? validate349.errors : vErrors.concat(validate349.errors);
        errors = vErrors.length;
      }
    }
    if (data.outbound_traffic_policy !== void 0) {
      if (!validate349(data.outbound_traffic_policy, { instancePath: instancePath + "/outbound_traffic_policy", parentData: data, parentDataProperty: "outbound_traffic_policy", rootData })) {
        vErrors = vErrors === null ? validate349.errors : vErrors.concat(validate349.errors);
        errors = vErrors.length;
      }
    }
    if (data.inboundTrafficPolicy !== void 0) {
      if (!validate355(data.inboundTrafficPolicy, { instancePath: instancePath + "/inboundTrafficPolicy", parentData: data, parentDataProperty: "inboundTrafficPolicy", rootData })) {
        vErrors = vErrors === null ? validate355.errors : vErrors.concat(validate355.errors);
        errors = vErrors.length;
      }
    }
    if (data.inbound_traffic_policy !== void 0) {
      if (!validate355(data.inbound_traffic_policy, { instancePath: instancePath + "/inbound_traffic_policy", parentData: data, parentDataProperty: "inbound_traffic_policy", rootData })) {
        vErrors = vErrors === null ? validate355.errors : vErrors.concat(validate355.errors);
        errors = vErrors.length;
      }
    }
    if (data.configSources !== void 0) {
      let data40 = data.configSources;
      if (!Array.isArray(data40) && data40 !== null) {
        const err2 = { instancePath: instancePath + "/configSources", schemaPath: "#/properties/configSources/type", keyword: "type", params: { type: schema17.properties.configSources.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data40)) {
        const len0 = data40.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate360(data40[i0], { instancePath: instancePath + "/configSources/" + i0, parentData: data40, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate360.errors : vErrors.concat(validate360.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.config_sources !== void 0) {
      let data42 = data.config_sources;
      if (!Array.isArray(data42) && data42 !== null) {
        const err3 = { instancePath: instancePath + "/config_sources", schemaPath: "#/properties/config_sources/type", keyword: "type", params: { type: schema17.properties.config_sources.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data42)) {
        const len1 = data42.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate360(data42[i1], { instancePath: instancePath + "/config_sources/" + i1, parentData: data42, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate360.errors : vErrors.concat(validate360.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.enableAutoMtls !== void 0) {
      if (!validate164(data.enableAutoMtls, { instancePath: instancePath + "/enableAutoMtls", parentData: data, parentDataProperty: "enableAutoMtls", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_auto_mtls !== void 0) {
      if (!validate164(data.enable_auto_mtls, { instancePath: instancePath + "/enable_auto_mtls", parentData: data, parentDataProperty: "enable_auto_mtls", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.trustDomain !== void 0) {
      if (!validate40(data.trustDomain, { instancePath: instancePath + "/trustDomain", parentData: data, parentDataProperty: "trustDomain", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.trust_domain !== void 0) {
      if (!validate40(data.trust_domain, { instancePath: instancePath + "/trust_domain", parentData: data, parentDataProperty: "trust_domain", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.trustDomainAliases !== void 0) {
      let data48 = data.trustDomainAliases;
      if (!Array.isArray(data48) && data48 !== null) {
        const err4 = { instancePath: instancePath + "/trustDomainAliases", schemaPath: "#/properties/trustDomainAliases/type", keyword: "type", params: { type: schema17.properties.trustDomainAliases.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data48)) {
        const len2 = data48.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data48[i2] !== "string") {
            const err5 = { instancePath: instancePath + "/trustDomainAliases/" + i2, schemaPath: "#/properties/trustDomainAliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.trust_domain_aliases !== void 0) {
      let data50 = data.trust_domain_aliases;
      if (!Array.isArray(data50) && data50 !== null) {
        const err6 = { instancePath: instancePath + "/trust_domain_aliases", schemaPath: "#/properties/trust_domain_aliases/type", keyword: "type", params: { type: schema17.properties.trust_domain_aliases.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data50)) {
        const len3 = data50.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data50[i3] !== "string") {
            const err7 = { instancePath: instancePath + "/trust_domain_aliases/" + i3, schemaPath: "#/properties/trust_domain_aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.caCertificates !== void 0) {
      let data52 = data.caCertificates;
      if (!Array.isArray(data52) && data52 !== null) {
        const err8 = { instancePath: instancePath + "/caCertificates", schemaPath: "#/properties/caCertificates/type", keyword: "type", params: { type: schema17.properties.caCertificates.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data52)) {
        const len4 = data52.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate373(data52[i4], { instancePath: instancePath + "/caCertificates/" + i4, parentData: data52, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate373.errors : vErrors.concat(validate373.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.ca_certificates !== void 0) {
      let data54 = data.ca_certificates;
      if (!Array.isArray(data54) && data54 !== null) {
        const err9 = { instancePath: instancePath + "/ca_certificates", schemaPath: "#/properties/ca_certificates/type", keyword: "type", params: { type: schema17.properties.ca_certificates.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data54)) {
        const len5 = data54.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate373(data54[i5], { instancePath: instancePath + "/ca_certificates/" + i5, parentData: data54, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate373.errors : vErrors.concat(validate373.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.defaultServiceExportTo !== void 0) {
      let data56 = data.defaultServiceExportTo;
      if (!Array.isArray(data56) && data56 !== null) {
        const err10 = { instancePath: instancePath + "/defaultServiceExportTo", schemaPath: "#/properties/defaultServiceExportTo/type", keyword: "type", params: { type: schema17.properties.defaultServiceExportTo.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (Array.isArray(data56)) {
        const len6 = data56.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data56[i6] !== "string") {
            const err11 = { instancePath: instancePath + "/defaultServiceExportTo/" + i6, schemaPath: "#/properties/defaultServiceExportTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.default_service_export_to !== void 0) {
      let data58 = data.default_service_export_to;
      if (!Array.isArray(data58) && data58 !== null) {
        const err12 = { instancePath: instancePath + "/default_service_export_to", schemaPath: "#/properties/default_service_export_to/type", keyword: "type", params: { type: schema17.properties.default_service_export_to.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (Array.isArray(data58)) {
        const len7 = data58.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data58[i7] !== "string") {
            const err13 = { instancePath: instancePath + "/default_service_export_to/" + i7, schemaPath: "#/properties/default_service_export_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    if (data.defaultVirtualServiceExportTo !== void 0) {
      let data60 = data.defaultVirtualServiceExportTo;
      if (!Array.isArray(data60) && data60 !== null) {
        const err14 = { instancePath: instancePath + "/defaultVirtualServiceExportTo", schemaPath: "#/properties/defaultVirtualServiceExportTo/type", keyword: "type", params: { type: schema17.properties.defaultVirtualServiceExportTo.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data60)) {
        const len8 = data60.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data60[i8] !== "string") {
            const err15 = { instancePath: instancePath + "/defaultVirtualServiceExportTo/" + i8, schemaPath: "#/properties/defaultVirtualServiceExportTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.default_virtual_service_export_to !== void 0) {
      let data62 = data.default_virtual_service_export_to;
      if (!Array.isArray(data62) && data62 !== null) {
        const err16 = { instancePath: instancePath + "/default_virtual_service_export_to", schemaPath: "#/properties/default_virtual_service_export_to/type", keyword: "type", params: { type: schema17.properties.default_virtual_service_export_to.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data62)) {
        const len9 = data62.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data62[i9] !== "string") {
            const err17 = { instancePath: instancePath + "/default_virtual_service_export_to/" + i9, schemaPath: "#/properties/default_virtual_service_export_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
    if (data.defaultDestinationRuleExportTo !== void 0) {
      let data64 = data.defaultDestinationRuleExportTo;
      if (!Array.isArray(data64) && data64 !== null) {
        const err18 = { instancePath: instancePath + "/defaultDestinationRuleExportTo", schemaPath: "#/properties/defaultDestinationRuleExportTo/type", keyword: "type", params: { type: schema17.properties.defaultDestinationRuleExportTo.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (Array.isArray(data64)) {
        const len10 = data64.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data64[i10] !== "string") {
            const err19 = { instancePath: instancePath + "/defaultDestinationRuleExportTo/" + i10, schemaPath: "#/properties/defaultDestinationRuleExportTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
    if (data.default_destination_rule_export_to !== void 0) {
      let data66 = data.default_destination_rule_export_to;
      if (!Array.isArray(data66) && data66 !== null) {
        const err20 = { instancePath: instancePath + "/default_destination_rule_export_to", schemaPath: "#/properties/default_destination_rule_export_to/type", keyword: "type", params: { type: schema17.properties.default_destination_rule_export_to.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (Array.isArray(data66)) {
        const len11 = data66.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (typeof data66[i11] !== "string") {
            const err21 = { instancePath: instancePath + "/default_destination_rule_export_to/" + i11, schemaPath: "#/properties/default_destination_rule_export_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.rootNamespace !== void 0) {
      if (!validate40(data.rootNamespace, { instancePath: instancePath + "/rootNamespace", parentData: data, parentDataProperty: "rootNamespace", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.root_namespace !== void 0) {
      if (!validate40(data.root_namespace, { instancePath: instancePath + "/root_namespace", parentData: data, parentDataProperty: "root_namespace", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.localityLbSetting !== void 0) {
      if (!validate381(data.localityLbSetting, { instancePath: instancePath + "/localityLbSetting", parentData: data, parentDataProperty: "localityLbSetting", rootData })) {
        vErrors = vErrors === null ? validate381.errors : vErrors.concat(validate381.errors);
        errors = vErrors.length;
      }
    }
    if (data.locality_lb_setting !== void 0) {
      if (!validate381(data.locality_lb_setting, { instancePath: instancePath + "/locality_lb_setting", parentData: data, parentDataProperty: "locality_lb_setting", rootData })) {
        vErrors = vErrors === null ? validate381.errors : vErrors.concat(validate381.errors);
        errors = vErrors.length;
      }
    }
    if (data.zoneAwareLbSetting !== void 0) {
      if (!validate392(data.zoneAwareLbSetting, { instancePath: instancePath + "/zoneAwareLbSetting", parentData: data, parentDataProperty: "zoneAwareLbSetting", rootData })) {
        vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
        errors = vErrors.length;
      }
    }
    if (data.zone_aware_lb_setting !== void 0) {
      if (!validate392(data.zone_aware_lb_setting, { instancePath: instancePath + "/zone_aware_lb_setting", parentData: data, parentDataProperty: "zone_aware_lb_setting", rootData })) {
        vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
        errors = vErrors.length;
      }
    }
    if (data.dnsRefreshRate !== void 0) {
      if (!validate26(data.dnsRefreshRate, { instancePath: instancePath + "/dnsRefreshRate", parentData: data, parentDataProperty: "dnsRefreshRate", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns_refresh_rate !== void 0) {
      if (!validate26(data.dns_refresh_rate, { instancePath: instancePath + "/dns_refresh_rate", parentData: data, parentDataProperty: "dns_refresh_rate", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.h2UpgradePolicy !== void 0) {
      if (!validate405(data.h2UpgradePolicy, { instancePath: instancePath + "/h2UpgradePolicy", parentData: data, parentDataProperty: "h2UpgradePolicy", rootData })) {
        vErrors = vErrors === null ? validate405.errors : vErrors.concat(validate405.errors);
        errors = vErrors.length;
      }
    }
    if (data.h2_upgrade_policy !== void 0) {
      if (!validate405(data.h2_upgrade_policy, { instancePath: instancePath + "/h2_upgrade_policy", parentData: data, parentDataProperty: "h2_upgrade_policy", rootData })) {
        vErrors = vErrors === null ? validate405.errors : vErrors.concat(validate405.errors);
        errors = vErrors.length;
      }
    }
    if (data.inboundClusterStatName !== void 0) {
      if (!validate40(data.inboundClusterStatName, { instancePath: instancePath + "/inboundClusterStatName", parentData: data, parentDataProperty: "inboundClusterStatName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.inbound_cluster_stat_name !== void 0) {
      if (!validate40(data.inbound_cluster_stat_name, { instancePath: instancePath + "/inbound_cluster_stat_name", parentData: data, parentDataProperty: "inbound_cluster_stat_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.outboundClusterStatName !== void 0) {
      if (!validate40(data.outboundClusterStatName, { instancePath: instancePath + "/outboundClusterStatName", parentData: data, parentDataProperty: "outboundClusterStatName", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.outbound_cluster_stat_name !== void 0) {
      if (!validate40(data.outbound_cluster_stat_name, { instancePath: instancePath + "/outbound_cluster_stat_name", parentData: data, parentDataProperty: "outbound_cluster_stat_name", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.certificates !== void 0) {
      let data82 = data.certificates;
      if (!Array.isArray(data82) && data82 !== null) {
        const err22 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: schema17.properties.certificates.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (Array.isArray(data82)) {
        const len12 = data82.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (!validate412(data82[i12], { instancePath: instancePath + "/certificates/" + i12, parentData: data82, parentDataProperty: i12, rootData })) {
            vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.serviceSettings !== void 0) {
      let data84 = data.serviceSettings;
      if (!Array.isArray(data84) && data84 !== null) {
        const err23 = { instancePath: instancePath + "/serviceSettings", schemaPath: "#/properties/serviceSettings/type", keyword: "type", params: { type: schema17.properties.serviceSettings.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (Array.isArray(data84)) {
        const len13 = data84.length;
        for (let i13 = 0; i13 < len13; i13++) {
          if (!validate416(data84[i13], { instancePath: instancePath + "/serviceSettings/" + i13, parentData: data84, parentDataProperty: i13, rootData })) {
            vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.service_settings !== void 0) {
      let data86 = data.service_settings;
      if (!Array.isArray(data86) && data86 !== null) {
        const err24 = { instancePath: instancePath + "/service_settings", schemaPath: "#/properties/service_settings/type", keyword: "type", params: { type: schema17.properties.service_settings.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (Array.isArray(data86)) {
        const len14 = data86.length;
        for (let i14 = 0; i14 < len14; i14++) {
          if (!validate416(data86[i14], { instancePath: instancePath + "/service_settings/" + i14, parentData: data86, parentDataProperty: i14, rootData })) {
            vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.serviceScopeConfigs !== void 0) {
      let data88 = data.serviceScopeConfigs;
      if (!Array.isArray(data88) && data88 !== null) {
        const err25 = { instancePath: instancePath + "/serviceScopeConfigs", schemaPath: "#/properties/serviceScopeConfigs/type", keyword: "type", params: { type: schema17.properties.serviceScopeConfigs.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (Array.isArray(data88)) {
        const len15 = data88.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (!validate423(data88[i15], { instancePath: instancePath + "/serviceScopeConfigs/" + i15, parentData: data88, parentDataProperty: i15, rootData })) {
            vErrors = vErrors === null ? validate423.errors : vErrors.concat(validate423.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.service_scope_configs !== void 0) {
      let data90 = data.service_scope_configs;
      if (!Array.isArray(data90) && data90 !== null) {
        const err26 = { instancePath: instancePath + "/service_scope_configs", schemaPath: "#/properties/service_scope_configs/type", keyword: "type", params: { type: schema17.properties.service_scope_configs.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (Array.isArray(data90)) {
        const len16 = data90.length;
        for (let i16 = 0; i16 < len16; i16++) {
          if (!validate423(data90[i16], { instancePath: instancePath + "/service_scope_configs/" + i16, parentData: data90, parentDataProperty: i16, rootData })) {
            vErrors = vErrors === null ? validate423.errors : vErrors.concat(validate423.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.enablePrometheusMerge !== void 0) {
      if (!validate164(data.enablePrometheusMerge, { instancePath: instancePath + "/enablePrometheusMerge", parentData: data, parentDataProperty: "enablePrometheusMerge", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_prometheus_merge !== void 0) {
      if (!validate164(data.enable_prometheus_merge, { instancePath: instancePath + "/enable_prometheus_merge", parentData: data, parentDataProperty: "enable_prometheus_merge", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.verifyCertificateAtClient !== void 0) {
      if (!validate164(data.verifyCertificateAtClient, { instancePath: instancePath + "/verifyCertificateAtClient", parentData: data, parentDataProperty: "verifyCertificateAtClient", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.verify_certificate_at_client !== void 0) {
      if (!validate164(data.verify_certificate_at_client, { instancePath: instancePath + "/verify_certificate_at_client", parentData: data, parentDataProperty: "verify_certificate_at_client", rootData })) {
        vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
        errors = vErrors.length;
      }
    }
    if (data.ca !== void 0) {
      if (!validate441(data.ca, { instancePath: instancePath + "/ca", parentData: data, parentDataProperty: "ca", rootData })) {
        vErrors = vErrors === null ? validate441.errors : vErrors.concat(validate441.errors);
        errors = vErrors.length;
      }
    }
    if (data.extensionProviders !== void 0) {
      let data97 = data.extensionProviders;
      if (!Array.isArray(data97) && data97 !== null) {
        const err27 = { instancePath: instancePath + "/extensionProviders", schemaPath: "#/properties/extensionProviders/type", keyword: "type", params: { type: schema17.properties.extensionProviders.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (Array.isArray(data97)) {
        const len17 = data97.length;
        for (let i17 = 0; i17 < len17; i17++) {
          if (!validate450(data97[i17], { instancePath: instancePath + "/extensionProviders/" + i17, parentData: data97, parentDataProperty: i17, rootData })) {
            vErrors = vErrors === null ? validate450.errors : vErrors.concat(validate450.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.extension_providers !== void 0) {
      let data99 = data.extension_providers;
      if (!Array.isArray(data99) && data99 !== null) {
        const err28 = { instancePath: instancePath + "/extension_providers", schemaPath: "#/properties/extension_providers/type", keyword: "type", params: { type: schema17.properties.extension_providers.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (Array.isArray(data99)) {
        const len18 = data99.length;
        for (let i18 = 0; i18 < len18; i18++) {
          if (!validate450(data99[i18], { instancePath: instancePath + "/extension_providers/" + i18, parentData: data99, parentDataProperty: i18, rootData })) {
            vErrors = vErrors === null ? validate450.errors : vErrors.concat(validate450.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.defaultProviders !== void 0) {
      let data101 = data.defaultProviders;
      if (!(data101 && typeof data101 == "object" && !Array.isArray(data101)) && data101 !== null) {
        const err29 = { instancePath: instancePath + "/defaultProviders", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/type", keyword: "type", params: { type: schema164.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
        for (const key1 in data101) {
          if (!(key1 === "tracing" || key1 === "metrics" || key1 === "accessLogging" || key1 === "access_logging")) {
            const err30 = { instancePath: instancePath + "/defaultProviders", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data101.tracing !== void 0) {
          let data102 = data101.tracing;
          if (!Array.isArray(data102) && data102 !== null) {
            const err31 = { instancePath: instancePath + "/defaultProviders/tracing", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/tracing/type", keyword: "type", params: { type: schema164.properties.tracing.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (Array.isArray(data102)) {
            const len19 = data102.length;
            for (let i19 = 0; i19 < len19; i19++) {
              if (typeof data102[i19] !== "string") {
                const err32 = { instancePath: instancePath + "/defaultProviders/tracing/" + i19, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/tracing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          }
        }
        if (data101.metrics !== void 0) {
          let data104 = data101.metrics;
          if (!Array.isArray(data104) && data104 !== null) {
            const err33 = { instancePath: instancePath + "/defaultProviders/metrics", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/metrics/type", keyword: "type", params: { type: schema164.properties.metrics.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (Array.isArray(data104)) {
            const len20 = data104.length;
            for (let i20 = 0; i20 < len20; i20++) {
              if (typeof data104[i20] !== "string") {
                const err34 = { instancePath: instancePath + "/defaultProviders/metrics/" + i20, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          }
        }
        if (data101.accessLogging !== void 0) {
          let data106 = data101.accessLogging;
          if (!Array.isArray(data106) && data106 !== null) {
            const err35 = { instancePath: instancePath + "/defaultProviders/accessLogging", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/accessLogging/type", keyword: "type", params: { type: schema164.properties.accessLogging.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (Array.isArray(data106)) {
            const len21 = data106.length;
            for (let i21 = 0; i21 < len21; i21++) {
              if (typeof data106[i21] !== "string") {
                const err36 = { instancePath: instancePath + "/defaultProviders/accessLogging/" + i21, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/accessLogging/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          }
        }
        if (data101.access_logging !== void 0) {
          let data108 = data101.access_logging;
          if (!Array.isArray(data108) && data108 !== null) {
            const err37 = { instancePath: instancePath + "/defaultProviders/access_logging", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/access_logging/type", keyword: "type", params: { type: schema164.properties.access_logging.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (Array.isArray(data108)) {
            const len22 = data108.length;
            for (let i22 = 0; i22 < len22; i22++) {
              if (typeof data108[i22] !== "string") {
                const err38 = { instancePath: instancePath + "/defaultProviders/access_logging/" + i22, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/access_logging/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.default_providers !== void 0) {
      let data110 = data.default_providers;
      if (!(data110 && typeof data110 == "object" && !Array.isArray(data110)) && data110 !== null) {
        const err39 = { instancePath: instancePath + "/default_providers", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/type", keyword: "type", params: { type: schema164.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
        for (const key2 in data110) {
          if (!(key2 === "tracing" || key2 === "metrics" || key2 === "accessLogging" || key2 === "access_logging")) {
            const err40 = { instancePath: instancePath + "/default_providers", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data110.tracing !== void 0) {
          let data111 = data110.tracing;
          if (!Array.isArray(data111) && data111 !== null) {
            const err41 = { instancePath: instancePath + "/default_providers/tracing", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/tracing/type", keyword: "type", params: { type: schema164.properties.tracing.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (Array.isArray(data111)) {
            const len23 = data111.length;
            for (let i23 = 0; i23 < len23; i23++) {
              if (typeof data111[i23] !== "string") {
                const err42 = { instancePath: instancePath + "/default_providers/tracing/" + i23, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/tracing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          }
        }
        if (data110.metrics !== void 0) {
          let data113 = data110.metrics;
          if (!Array.isArray(data113) && data113 !== null) {
            const err43 = { instancePath: instancePath + "/default_providers/metrics", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/metrics/type", keyword: "type", params: { type: schema164.properties.metrics.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (Array.isArray(data113)) {
            const len24 = data113.length;
            for (let i24 = 0; i24 < len24; i24++) {
              if (typeof data113[i24] !== "string") {
                const err44 = { instancePath: instancePath + "/default_providers/metrics/" + i24, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          }
        }
        if (data110.accessLogging !== void 0) {
          let data115 = data110.accessLogging;
          if (!Array.isArray(data115) && data115 !== null) {
            const err45 = { instancePath: instancePath + "/default_providers/accessLogging", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/accessLogging/type", keyword: "type", params: { type: schema164.properties.accessLogging.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (Array.isArray(data115)) {
            const len25 = data115.length;
            for (let i25 = 0; i25 < len25; i25++) {
              if (typeof data115[i25] !== "string") {
                const err46 = { instancePath: instancePath + "/default_providers/accessLogging/" + i25, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/accessLogging/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          }
        }
        if (data110.access_logging !== void 0) {
          let data117 = data110.access_logging;
          if (!Array.isArray(data117) && data117 !== null) {
            const err47 = { instancePath: instancePath + "/default_providers/access_logging", schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/access_logging/type", keyword: "type", params: { type: schema164.properties.access_logging.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (Array.isArray(data117)) {
            const len26 = data117.length;
            for (let i26 = 0; i26 < len26; i26++) {
              if (typeof data117[i26] !== "string") {
                const err48 = { instancePath: instancePath + "/default_providers/access_logging/" + i26, schemaPath: "#/$defs/istio.mesh.v1alpha1.MeshConfig.DefaultProviders/properties/access_logging/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.discoverySelectors !== void 0) {
      let data119 = data.discoverySelectors;
      if (!Array.isArray(data119) && data119 !== null) {
        const err49 = { instancePath: instancePath + "/discoverySelectors", schemaPath: "#/properties/discoverySelectors/type", keyword: "type", params: { type: schema17.properties.discoverySelectors.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (Array.isArray(data119)) {
        const len27 = data119.length;
        for (let i27 = 0; i27 < len27; i27++) {
          if (!validate424(data119[i27], { instancePath: instancePath + "/discoverySelectors/" + i27, parentData: data119, parentDataProperty: i27, rootData })) {
            vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.discovery_selectors !== void 0) {
      let data121 = data.discovery_selectors;
      if (!Array.isArray(data121) && data121 !== null) {
        const err50 = { instancePath: instancePath + "/discovery_selectors", schemaPath: "#/properties/discovery_selectors/type", keyword: "type", params: { type: schema17.properties.discovery_selectors.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      if (Array.isArray(data121)) {
        const len28 = data121.length;
        for (let i28 = 0; i28 < len28; i28++) {
          if (!validate424(data121[i28], { instancePath: instancePath + "/discovery_selectors/" + i28, parentData: data121, parentDataProperty: i28, rootData })) {
            vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.pathNormalization !== void 0) {
      if (!validate630(data.pathNormalization, { instancePath: instancePath + "/pathNormalization", parentData: data, parentDataProperty: "pathNormalization", rootData })) {
        vErrors = vErrors === null ? validate630.errors : vErrors.concat(validate630.errors);
        errors = vErrors.length;
      }
    }
    if (data.path_normalization !== void 0) {
      if (!validate630(data.path_normalization, { instancePath: instancePath + "/path_normalization", parentData: data, parentDataProperty: "path_normalization", rootData })) {
        vErrors = vErrors === null ? validate630.errors : vErrors.concat(validate630.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaultHttpRetryPolicy !== void 0) {
      if (!validate635(data.defaultHttpRetryPolicy, { instancePath: instancePath + "/defaultHttpRetryPolicy", parentData: data, parentDataProperty: "defaultHttpRetryPolicy", rootData })) {
        vErrors = vErrors === null ? validate635.errors : vErrors.concat(validate635.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_http_retry_policy !== void 0) {
      if (!validate635(data.default_http_retry_policy, { instancePath: instancePath + "/default_http_retry_policy", parentData: data, parentDataProperty: "default_http_retry_policy", rootData })) {
        vErrors = vErrors === null ? validate635.errors : vErrors.concat(validate635.errors);
        errors = vErrors.length;
      }
    }
    if (data.meshMTLS !== void 0) {
      if (!validate648(data.meshMTLS, { instancePath: instancePath + "/meshMTLS", parentData: data, parentDataProperty: "meshMTLS", rootData })) {
        vErrors = vErrors === null ? validate648.errors : vErrors.concat(validate648.errors);
        errors = vErrors.length;
      }
    }
    if (data.mesh_mTLS !== void 0) {
      if (!validate648(data.mesh_mTLS, { instancePath: instancePath + "/mesh_mTLS", parentData: data, parentDataProperty: "mesh_mTLS", rootData })) {
        vErrors = vErrors === null ? validate648.errors : vErrors.concat(validate648.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsDefaults !== void 0) {
      if (!validate648(data.tlsDefaults, { instancePath: instancePath + "/tlsDefaults", parentData: data, parentDataProperty: "tlsDefaults", rootData })) {
        vErrors = vErrors === null ? validate648.errors : vErrors.concat(validate648.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls_defaults !== void 0) {
      if (!validate648(data.tls_defaults, { instancePath: instancePath + "/tls_defaults", parentData: data, parentDataProperty: "tls_defaults", rootData })) {
        vErrors = vErrors === null ? validate648.errors : vErrors.concat(validate648.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaultTrafficPolicy !== void 0) {
      if (!validate656(data.defaultTrafficPolicy, { instancePath: instancePath + "/defaultTrafficPolicy", parentData: data, parentDataProperty: "defaultTrafficPolicy", rootData })) {
        vErrors = vErrors === null ? validate656.errors : vErrors.concat(validate656.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_traffic_policy !== void 0) {
      if (!validate656(data.default_traffic_policy, { instancePath: instancePath + "/default_traffic_policy", parentData: data, parentDataProperty: "default_traffic_policy", rootData })) {
        vErrors = vErrors === null ? validate656.errors : vErrors.concat(validate656.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceEntryVisibility !== void 0) {
      if (!validate719(data.serviceEntryVisibility, { instancePath: instancePath + "/serviceEntryVisibility", parentData: data, parentDataProperty: "serviceEntryVisibility", rootData })) {
        vErrors = vErrors === null ? validate719.errors : vErrors.concat(validate719.errors);
        errors = vErrors.length;
      }
    }
    if (data.service_entry_visibility !== void 0) {
      if (!validate719(data.service_entry_visibility, { instancePath: instancePath + "/service_entry_visibility", parentData: data, parentDataProperty: "service_entry_visibility", rootData })) {
        vErrors = vErrors === null ? validate719.errors : vErrors.concat(validate719.errors);
        errors = vErrors.length;
      }
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
    errors = vErrors.length;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema188 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kube-inject.invalid/schemas/values.schema.json", "title": "Istio Helm values (as the sidecar injector reads them)", "description": "Typed where the injector templates read a key (facts from istio operator/pkg/apis/values_types.proto and the istio-discovery chart's values.yaml); open elsewhere, since values files carry many keys the injector ignores. null is accepted for any typed key (Helm: unset).", "type": ["object", "null"], "properties": { "global": { "type": ["object", "null"], "properties": { "hub": { "$ref": "#/$defs/string" }, "tag": { "description": "Image tag (string, or a number such as 1.30).", "type": ["string", "number", "null"] }, "variant": { "$ref": "#/$defs/string" }, "imagePullPolicy": { "enum": ["", "Always", "IfNotPresent", "Never", null] }, "imagePullSecrets": { "$ref": "#/$defs/stringList" }, "istioNamespace": { "$ref": "#/$defs/string" }, "revision": { "$ref": "#/$defs/string" }, "logAsJson": { "$ref": "#/$defs/boolean" }, "logging": { "type": ["object", "null"], "properties": { "level": { "$ref": "#/$defs/string" } } }, "meshID": { "$ref": "#/$defs/string" }, "meshNetworks": { "$ref": "#/$defs/object" }, "network": { "$ref": "#/$defs/string" }, "multiCluster": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" }, "clusterName": { "$ref": "#/$defs/string" } } }, "mountMtlsCerts": { "$ref": "#/$defs/boolean" }, "pilotCertProvider": { "$ref": "#/$defs/string" }, "caAddress": { "$ref": "#/$defs/string" }, "caName": { "$ref": "#/$defs/string" }, "trustBundleName": { "$ref": "#/$defs/string" }, "trustDomain": { "$ref": "#/$defs/string" }, "remotePilotAddress": { "$ref": "#/$defs/string" }, "priorityClassName": { "$ref": "#/$defs/string" }, "platform": { "$ref": "#/$defs/string" }, "nativeNftables": { "$ref": "#/$defs/boolean" }, "configCluster": { "$ref": "#/$defs/boolean" }, "configValidation": { "$ref": "#/$defs/boolean" }, "externalIstiod": { "$ref": "#/$defs/boolean" }, "omitSidecarInjectorConfigMap": { "$ref": "#/$defs/boolean" }, "operatorManageWebhooks": { "$ref": "#/$defs/boolean" }, "enableReaderRBAC": { "$ref": "#/$defs/boolean" }, "certSigners": { "$ref": "#/$defs/stringList" }, "ipFamilies": { "$ref": "#/$defs/stringList" }, "ipFamilyPolicy": { "$ref": "#/$defs/string" }, "podDNSSearchNamespaces": { "$ref": "#/$defs/stringList" }, "jwtPolicy": { "$ref": "#/$defs/string" }, "resourceScope": { "enum": ["", "undefined", "all", "cluster", "namespace", null] }, "defaultResources": { "$ref": "#/$defs/resources" }, "defaultNodeSelector": { "$ref": "#/$defs/stringMap" }, "defaultTolerations": { "$ref": "#/$defs/list" }, "defaultPodDisruptionBudget": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" } } }, "networkPolicy": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" } } }, "istiod": { "type": ["object", "null"], "properties": { "enableAnalysis": { "$ref": "#/$defs/boolean" } } }, "sds": { "type": ["object", "null"], "properties": { "token": { "type": ["object", "null"], "properties": { "aud": { "$ref": "#/$defs/string" } } } } }, "sts": { "type": ["object", "null"], "properties": { "servicePort": { "$ref": "#/$defs/port" } } }, "agentgateway": { "type": ["object", "null"], "properties": { "image": { "$ref": "#/$defs/string" } } }, "proxy": { "type": ["object", "null"], "properties": { "image": { "$ref": "#/$defs/string" }, "autoInject": { "enum": ["enabled", "disabled", null] }, "clusterDomain": { "$ref": "#/$defs/string" }, "componentLogLevel": { "$ref": "#/$defs/string" }, "logLevel": { "$ref": "#/$defs/string" }, "outlierLogPath": { "$ref": "#/$defs/string" }, "privileged": { "$ref": "#/$defs/boolean" }, "enableCoreDump": { "$ref": "#/$defs/boolean" }, "capNetBindService": { "$ref": "#/$defs/boolean" }, "holdApplicationUntilProxyStarts": { "$ref": "#/$defs/boolean" }, "includeIPRanges": { "$ref": "#/$defs/string" }, "excludeIPRanges": { "$ref": "#/$defs/string" }, "includeInboundPorts": { "$ref": "#/$defs/string" }, "excludeInboundPorts": { "$ref": "#/$defs/string" }, "includeOutboundPorts": { "$ref": "#/$defs/string" }, "excludeOutboundPorts": { "$ref": "#/$defs/string" }, "statusPort": { "$ref": "#/$defs/port" }, "readinessInitialDelaySeconds": { "$ref": "#/$defs/uint" }, "readinessPeriodSeconds": { "$ref": "#/$defs/uint" }, "readinessFailureThreshold": { "$ref": "#/$defs/uint" }, "startupProbe": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" }, "failureThreshold": { "$ref": "#/$defs/uint" } } }, "resources": { "$ref": "#/$defs/resources" }, "lifecycle": { "$ref": "#/$defs/object" }, "seccompProfile": { "$ref": "#/$defs/object" }, "tracer": { "enum": ["", "zipkin", "lightstep", "datadog", "stackdriver", "openCensusAgent", "none", null] } } }, "proxy_init": { "type": ["object", "null"], "properties": { "image": { "$ref": "#/$defs/string" }, "forceApplyIptables": { "$ref": "#/$defs/boolean" }, "resources": { "$ref": "#/$defs/resources" } } }, "waypoint": { "type": ["object", "null"], "properties": { "resources": { "$ref": "#/$defs/resources" }, "affinity": { "$ref": "#/$defs/object" }, "nodeSelector": { "$ref": "#/$defs/stringMap" }, "tolerations": { "$ref": "#/$defs/list" }, "topologySpreadConstraints": { "$ref": "#/$defs/list" } } } } }, "sidecarInjectorWebhook": { "type": ["object", "null"], "properties": { "enableNamespacesByDefault": { "$ref": "#/$defs/boolean" }, "reinvocationPolicy": { "enum": ["Never", "IfNeeded", null] }, "neverInjectSelector": { "$ref": "injector-config.schema.json#/$defs/LabelSelectorList" }, "alwaysInjectSelector": { "$ref": "injector-config.schema.json#/$defs/LabelSelectorList" }, "rewriteAppHTTPProbe": { "$ref": "#/$defs/boolean" }, "injectedAnnotations": { "$ref": "#/$defs/stringMap" }, "injectionURL": { "$ref": "#/$defs/string" }, "templates": { "$ref": "#/$defs/stringMap" }, "defaultTemplates": { "$ref": "#/$defs/stringList" } } }, "pilot": { "type": ["object", "null"], "properties": { "cni": { "$ref": "#/$defs/cni" }, "env": { "description": "Environment variables for istiod; scalar values.", "type": ["object", "null"], "additionalProperties": { "type": ["string", "number", "boolean", "null"] } }, "crlConfigMapName": { "$ref": "#/$defs/string" }, "image": { "$ref": "#/$defs/string" }, "hub": { "$ref": "#/$defs/string" }, "tag": { "type": ["string", "number", "null"] }, "variant": { "$ref": "#/$defs/string" } } }, "cni": { "$ref": "#/$defs/cni" }, "gateways": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/$defs/object" }, "seccompProfile": { "$ref": "#/$defs/object" } } }, "istiodRemote": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" }, "injectionURL": { "$ref": "#/$defs/string" }, "injectionPath": { "$ref": "#/$defs/string" }, "injectionCABundle": { "$ref": "#/$defs/string" } } }, "telemetry": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" } } }, "revision": { "$ref": "#/$defs/string" }, "revisionTags": { "$ref": "#/$defs/stringList" }, "ownerName": { "$ref": "#/$defs/string" }, "meshConfig": { "$ref": "mesh-config.schema.json" } }, "$defs": { "string": { "type": ["string", "null"] }, "boolean": { "type": ["boolean", "null"] }, "object": { "type": ["object", "null"] }, "list": { "type": ["array", "null"] }, "uint": { "type": ["integer", "string", "null"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" }, "port": { "type": ["integer", "string", "null"], "minimum": 0, "maximum": 65535, "pattern": "^[0-9]+$" }, "stringList": { "type": ["array", "null"], "items": { "type": "string" } }, "stringMap": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "quantity": { "description": `A Kubernetes resource quantity ("100m", "128Mi", 2); null removes the default (Helm: unset; Istio's omitNil drops it).`, "type": ["string", "number", "null"], "pattern": "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$" }, "resources": { "description": "A Kubernetes ResourceRequirements.", "type": ["object", "null"], "properties": { "limits": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/quantity" } }, "requests": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/quantity" } }, "claims": { "$ref": "#/$defs/list" } }, "additionalProperties": false }, "cni": { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" }, "provider": { "$ref": "#/$defs/string" }, "chained": { "$ref": "#/$defs/boolean" } } } } };
var schema189 = { "type": ["string", "null"] };
var schema191 = { "type": ["array", "null"], "items": { "type": "string" } };
var schema194 = { "type": ["boolean", "null"] };
var schema197 = { "type": ["object", "null"] };
var schema226 = { "type": ["object", "null"], "additionalProperties": { "type": "string" } };
var schema225 = { "type": ["array", "null"] };
var schema232 = { "type": ["integer", "string", "null"], "minimum": 0, "maximum": 65535, "pattern": "^[0-9]+$" };
var schema250 = { "type": ["integer", "string", "null"], "minimum": 0, "maximum": 4294967295, "pattern": "^[0-9]+$" };
var schema222 = { "description": "A Kubernetes ResourceRequirements.", "type": ["object", "null"], "properties": { "limits": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/quantity" } }, "requests": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/$defs/quantity" } }, "claims": { "$ref": "#/$defs/list" } }, "additionalProperties": false };
var schema223 = { "description": `A Kubernetes resource quantity ("100m", "128Mi", 2); null removes the default (Helm: unset; Istio's omitNil drops it).`, "type": ["string", "number", "null"], "pattern": "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$" };
var pattern12 = new RegExp("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$", "u");
function validate738(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema222.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "limits" || key0 === "requests" || key0 === "claims")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data0 = data.limits;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: schema222.properties.limits.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (typeof data1 !== "string" && !(typeof data1 == "number") && data1 !== null) {
            const err3 = { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/quantity/type", keyword: "type", params: { type: schema223.type }, message: "must be string,number,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (typeof data1 === "string") {
            if (!pattern12.test(data1)) {
              const err4 = { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/quantity/pattern", keyword: "pattern", params: { pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$" }, message: 'must match pattern "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
      }
    }
    if (data.requests !== void 0) {
      let data2 = data.requests;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err5 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: schema222.properties.requests.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 !== "string" && !(typeof data3 == "number") && data3 !== null) {
            const err6 = { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/quantity/type", keyword: "type", params: { type: schema223.type }, message: "must be string,number,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data3 === "string") {
            if (!pattern12.test(data3)) {
              const err7 = { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/quantity/pattern", keyword: "pattern", params: { pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$" }, message: 'must match pattern "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      }
    }
    if (data.claims !== void 0) {
      let data4 = data.claims;
      if (!Array.isArray(data4) && data4 !== null) {
        const err8 = { instancePath: instancePath + "/claims", schemaPath: "#/$defs/list/type", keyword: "type", params: { type: schema225.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate738.errors = vErrors;
  return errors === 0;
}
function validate743(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be array,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate12(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  }
  validate743.errors = vErrors;
  return errors === 0;
}
var schema270 = { "type": ["object", "null"], "properties": { "enabled": { "$ref": "#/$defs/boolean" }, "provider": { "$ref": "#/$defs/string" }, "chained": { "$ref": "#/$defs/boolean" } } };
function validate747(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema270.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data1 = data.provider;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/provider", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.chained !== void 0) {
      let data2 = data.chained;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/chained", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate747.errors = vErrors;
  return errors === 0;
}
function validate737(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema188.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.global !== void 0) {
      let data0 = data.global;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/global", schemaPath: "#/properties/global/type", keyword: "type", params: { type: schema188.properties.global.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.hub !== void 0) {
          let data1 = data0.hub;
          if (typeof data1 !== "string" && data1 !== null) {
            const err2 = { instancePath: instancePath + "/global/hub", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.tag !== void 0) {
          let data2 = data0.tag;
          if (typeof data2 !== "string" && !(typeof data2 == "number") && data2 !== null) {
            const err3 = { instancePath: instancePath + "/global/tag", schemaPath: "#/properties/global/properties/tag/type", keyword: "type", params: { type: schema188.properties.global.properties.tag.type }, message: "must be string,number,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.variant !== void 0) {
          let data3 = data0.variant;
          if (typeof data3 !== "string" && data3 !== null) {
            const err4 = { instancePath: instancePath + "/global/variant", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.imagePullPolicy !== void 0) {
          let data4 = data0.imagePullPolicy;
          if (!(data4 === "" || data4 === "Always" || data4 === "IfNotPresent" || data4 === "Never" || data4 === null)) {
            const err5 = { instancePath: instancePath + "/global/imagePullPolicy", schemaPath: "#/properties/global/properties/imagePullPolicy/enum", keyword: "enum", params: { allowedValues: schema188.properties.global.properties.imagePullPolicy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.imagePullSecrets !== void 0) {
          let data5 = data0.imagePullSecrets;
          if (!Array.isArray(data5) && data5 !== null) {
            const err6 = { instancePath: instancePath + "/global/imagePullSecrets", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: schema191.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data5[i0] !== "string") {
                const err7 = { instancePath: instancePath + "/global/imagePullSecrets/" + i0, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          }
        }
        if (data0.istioNamespace !== void 0) {
          let data7 = data0.istioNamespace;
          if (typeof data7 !== "string" && data7 !== null) {
            const err8 = { instancePath: instancePath + "/global/istioNamespace", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.revision !== void 0) {
          let data8 = data0.revision;
          if (typeof data8 !== "string" && data8 !== null) {
            const err9 = { instancePath: instancePath + "/global/revision", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.logAsJson !== void 0) {
          let data9 = data0.logAsJson;
          if (typeof data9 !== "boolean" && data9 !== null) {
            const err10 = { instancePath: instancePath + "/global/logAsJson", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.logging !== void 0) {
          let data10 = data0.logging;
          if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
            const err11 = { instancePath: instancePath + "/global/logging", schemaPath: "#/properties/global/properties/logging/type", keyword: "type", params: { type: schema188.properties.global.properties.logging.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.level !== void 0) {
              let data11 = data10.level;
              if (typeof data11 !== "string" && data11 !== null) {
                const err12 = { instancePath: instancePath + "/global/logging/level", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          }
        }
        if (data0.meshID !== void 0) {
          let data12 = data0.meshID;
          if (typeof data12 !== "string" && data12 !== null) {
            const err13 = { instancePath: instancePath + "/global/meshID", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.meshNetworks !== void 0) {
          let data13 = data0.meshNetworks;
          if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
            const err14 = { instancePath: instancePath + "/global/meshNetworks", schemaPath: "#/$defs/object/type", keyword: "type", params: { type: schema197.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.network !== void 0) {
          let data14 = data0.network;
          if (typeof data14 !== "string" && data14 !== null) {
            const err15 = { instancePath: instancePath + "/global/network", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.multiCluster !== void 0) {
          let data15 = data0.multiCluster;
          if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
            const err16 = { instancePath: instancePath + "/global/multiCluster", schemaPath: "#/properties/global/properties/multiCluster/type", keyword: "type", params: { type: schema188.properties.global.properties.multiCluster.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.enabled !== void 0) {
              let data16 = data15.enabled;
              if (typeof data16 !== "boolean" && data16 !== null) {
                const err17 = { instancePath: instancePath + "/global/multiCluster/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data15.clusterName !== void 0) {
              let data17 = data15.clusterName;
              if (typeof data17 !== "string" && data17 !== null) {
                const err18 = { instancePath: instancePath + "/global/multiCluster/clusterName", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
        }
        if (data0.mountMtlsCerts !== void 0) {
          let data18 = data0.mountMtlsCerts;
          if (typeof data18 !== "boolean" && data18 !== null) {
            const err19 = { instancePath: instancePath + "/global/mountMtlsCerts", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data0.pilotCertProvider !== void 0) {
          let data19 = data0.pilotCertProvider;
          if (typeof data19 !== "string" && data19 !== null) {
            const err20 = { instancePath: instancePath + "/global/pilotCertProvider", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.caAddress !== void 0) {
          let data20 = data0.caAddress;
          if (typeof data20 !== "string" && data20 !== null) {
            const err21 = { instancePath: instancePath + "/global/caAddress", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.caName !== void 0) {
          let data21 = data0.caName;
          if (typeof data21 !== "string" && data21 !== null) {
            const err22 = { instancePath: instancePath + "/global/caName", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.trustBundleName !== void 0) {
          let data22 = data0.trustBundleName;
          if (typeof data22 !== "string" && data22 !== null) {
            const err23 = { instancePath: instancePath + "/global/trustBundleName", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0.trustDomain !== void 0) {
          let data23 = data0.trustDomain;
          if (typeof data23 !== "string" && data23 !== null) {
            const err24 = { instancePath: instancePath + "/global/trustDomain", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data0.remotePilotAddress !== void 0) {
          let data24 = data0.remotePilotAddress;
          if (typeof data24 !== "string" && data24 !== null) {
            const err25 = { instancePath: instancePath + "/global/remotePilotAddress", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data0.priorityClassName !== void 0) {
          let data25 = data0.priorityClassName;
          if (typeof data25 !== "string" && data25 !== null) {
            const err26 = { instancePath: instancePath + "/global/priorityClassName", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.platform !== void 0) {
          let data26 = data0.platform;
          if (typeof data26 !== "string" && data26 !== null) {
            const err27 = { instancePath: instancePath + "/global/platform", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.nativeNftables !== void 0) {
          let data27 = data0.nativeNftables;
          if (typeof data27 !== "boolean" && data27 !== null) {
            const err28 = { instancePath: instancePath + "/global/nativeNftables", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data0.configCluster !== void 0) {
          let data28 = data0.configCluster;
          if (typeof data28 !== "boolean" && data28 !== null) {
            const err29 = { instancePath: instancePath + "/global/configCluster", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data0.configValidation !== void 0) {
          let data29 = data0.configValidation;
          if (typeof data29 !== "boolean" && data29 !== null) {
            const err30 = { instancePath: instancePath + "/global/configValidation", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data0.externalIstiod !== void 0) {
          let data30 = data0.externalIstiod;
          if (typeof data30 !== "boolean" && data30 !== null) {
            const err31 = { instancePath: instancePath + "/global/externalIstiod", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data0.omitSidecarInjectorConfigMap !== void 0) {
          let data31 = data0.omitSidecarInjectorConfigMap;
          if (typeof data31 !== "boolean" && data31 !== null) {
            const err32 = { instancePath: instancePath + "/global/omitSidecarInjectorConfigMap", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data0.operatorManageWebhooks !== void 0) {
          let data32 = data0.operatorManageWebhooks;
          if (typeof data32 !== "boolean" && data32 !== null) {
            const err33 = { instancePath: instancePath + "/global/operatorManageWebhooks", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data0.enableReaderRBAC !== void 0) {
          let data33 = data0.enableReaderRBAC;
          if (typeof data33 !== "boolean" && data33 !== null) {
            const err34 = { instancePath: instancePath + "/global/enableReaderRBAC", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data0.certSigners !== void 0) {
          let data34 = data0.certSigners;
          if (!Array.isArray(data34) && data34 !== null) {
            const err35 = { instancePath: instancePath + "/global/certSigners", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: schema191.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (Array.isArray(data34)) {
            const len1 = data34.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data34[i1] !== "string") {
                const err36 = { instancePath: instancePath + "/global/certSigners/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          }
        }
        if (data0.ipFamilies !== void 0) {
          let data36 = data0.ipFamilies;
          if (!Array.isArray(data36) && data36 !== null) {
            const err37 = { instancePath: instancePath + "/global/ipFamilies", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: schema191.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (Array.isArray(data36)) {
            const len2 = data36.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data36[i2] !== "string") {
                const err38 = { instancePath: instancePath + "/global/ipFamilies/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          }
        }
        if (data0.ipFamilyPolicy !== void 0) {
          let data38 = data0.ipFamilyPolicy;
          if (typeof data38 !== "string" && data38 !== null) {
            const err39 = { instancePath: instancePath + "/global/ipFamilyPolicy", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data0.podDNSSearchNamespaces !== void 0) {
          let data39 = data0.podDNSSearchNamespaces;
          if (!Array.isArray(data39) && data39 !== null) {
            const err40 = { instancePath: instancePath + "/global/podDNSSearchNamespaces", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: schema191.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (Array.isArray(data39)) {
            const len3 = data39.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data39[i3] !== "string") {
                const err41 = { instancePath: instancePath + "/global/podDNSSearchNamespaces/" + i3, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          }
        }
        if (data0.jwtPolicy !== void 0) {
          let data41 = data0.jwtPolicy;
          if (typeof data41 !== "string" && data41 !== null) {
            const err42 = { instancePath: instancePath + "/global/jwtPolicy", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data0.resourceScope !== void 0) {
          let data42 = data0.resourceScope;
          if (!(data42 === "" || data42 === "undefined" || data42 === "all" || data42 === "cluster" || data42 === "namespace" || data42 === null)) {
            const err43 = { instancePath: instancePath + "/global/resourceScope", schemaPath: "#/properties/global/properties/resourceScope/enum", keyword: "enum", params: { allowedValues: schema188.properties.global.properties.resourceScope.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data0.defaultResources !== void 0) {
          if (!validate738(data0.defaultResources, { instancePath: instancePath + "/global/defaultResources", parentData: data0, parentDataProperty: "defaultResources", rootData })) {
            vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
            errors = vErrors.length;
          }
        }
        if (data0.defaultNodeSelector !== void 0) {
          let data44 = data0.defaultNodeSelector;
          if (!(data44 && typeof data44 == "object" && !Array.isArray(data44)) && data44 !== null) {
            const err44 = { instancePath: instancePath + "/global/defaultNodeSelector", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: schema226.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key0 in data44) {
              if (typeof data44[key0] !== "string") {
                const err45 = { instancePath: instancePath + "/global/defaultNodeSelector/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          }
        }
        if (data0.defaultTolerations !== void 0) {
          let data46 = data0.defaultTolerations;
          if (!Array.isArray(data46) && data46 !== null) {
            const err46 = { instancePath: instancePath + "/global/defaultTolerations", schemaPath: "#/$defs/list/type", keyword: "type", params: { type: schema225.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data0.defaultPodDisruptionBudget !== void 0) {
          let data47 = data0.defaultPodDisruptionBudget;
          if (!(data47 && typeof data47 == "object" && !Array.isArray(data47)) && data47 !== null) {
            const err47 = { instancePath: instancePath + "/global/defaultPodDisruptionBudget", schemaPath: "#/properties/global/properties/defaultPodDisruptionBudget/type", keyword: "type", params: { type: schema188.properties.global.properties.defaultPodDisruptionBudget.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.enabled !== void 0) {
              let data48 = data47.enabled;
              if (typeof data48 !== "boolean" && data48 !== null) {
                const err48 = { instancePath: instancePath + "/global/defaultPodDisruptionBudget/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          }
        }
        if (data0.networkPolicy !== void 0) {
          let data49 = data0.networkPolicy;
          if (!(data49 && typeof data49 == "object" && !Array.isArray(data49)) && data49 !== null) {
            const err49 = { instancePath: instancePath + "/global/networkPolicy", schemaPath: "#/properties/global/properties/networkPolicy/type", keyword: "type", params: { type: schema188.properties.global.properties.networkPolicy.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.enabled !== void 0) {
              let data50 = data49.enabled;
              if (typeof data50 !== "boolean" && data50 !== null) {
                const err50 = { instancePath: instancePath + "/global/networkPolicy/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          }
        }
        if (data0.istiod !== void 0) {
          let data51 = data0.istiod;
          if (!(data51 && typeof data51 == "object" && !Array.isArray(data51)) && data51 !== null) {
            const err51 = { instancePath: instancePath + "/global/istiod", schemaPath: "#/properties/global/properties/istiod/type", keyword: "type", params: { type: schema188.properties.global.properties.istiod.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            if (data51.enableAnalysis !== void 0) {
              let data52 = data51.enableAnalysis;
              if (typeof data52 !== "boolean" && data52 !== null) {
                const err52 = { instancePath: instancePath + "/global/istiod/enableAnalysis", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          }
        }
        if (data0.sds !== void 0) {
          let data53 = data0.sds;
          if (!(data53 && typeof data53 == "object" && !Array.isArray(data53)) && data53 !== null) {
            const err53 = { instancePath: instancePath + "/global/sds", schemaPath: "#/properties/global/properties/sds/type", keyword: "type", params: { type: schema188.properties.global.properties.sds.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
            if (data53.token !== void 0) {
              let data54 = data53.token;
              if (!(data54 && typeof data54 == "object" && !Array.isArray(data54)) && data54 !== null) {
                const err54 = { instancePath: instancePath + "/global/sds/token", schemaPath: "#/properties/global/properties/sds/properties/token/type", keyword: "type", params: { type: schema188.properties.global.properties.sds.properties.token.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.aud !== void 0) {
                  let data55 = data54.aud;
                  if (typeof data55 !== "string" && data55 !== null) {
                    const err55 = { instancePath: instancePath + "/global/sds/token/aud", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              }
            }
          }
        }
        if (data0.sts !== void 0) {
          let data56 = data0.sts;
          if (!(data56 && typeof data56 == "object" && !Array.isArray(data56)) && data56 !== null) {
            const err56 = { instancePath: instancePath + "/global/sts", schemaPath: "#/properties/global/properties/sts/type", keyword: "type", params: { type: schema188.properties.global.properties.sts.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.servicePort !== void 0) {
              let data57 = data56.servicePort;
              if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57))) && typeof data57 !== "string" && data57 !== null) {
                const err57 = { instancePath: instancePath + "/global/sts/servicePort", schemaPath: "#/$defs/port/type", keyword: "type", params: { type: schema232.type }, message: "must be integer,string,null" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data57 == "number") {
                if (data57 > 65535 || isNaN(data57)) {
                  const err58 = { instancePath: instancePath + "/global/sts/servicePort", schemaPath: "#/$defs/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data57 < 0 || isNaN(data57)) {
                  const err59 = { instancePath: instancePath + "/global/sts/servicePort", schemaPath: "#/$defs/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              if (typeof data57 === "string") {
                if (!pattern3.test(data57)) {
                  const err60 = { instancePath: instancePath + "/global/sts/servicePort", schemaPath: "#/$defs/port/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            }
          }
        }
        if (data0.agentgateway !== void 0) {
          let data58 = data0.agentgateway;
          if (!(data58 && typeof data58 == "object" && !Array.isArray(data58)) && data58 !== null) {
            const err61 = { instancePath: instancePath + "/global/agentgateway", schemaPath: "#/properties/global/properties/agentgateway/type", keyword: "type", params: { type: schema188.properties.global.properties.agentgateway.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
            if (data58.image !== void 0) {
              let data59 = data58.image;
              if (typeof data59 !== "string" && data59 !== null) {
                const err62 = { instancePath: instancePath + "/global/agentgateway/image", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          }
        }
        if (data0.proxy !== void 0) {
          let data60 = data0.proxy;
          if (!(data60 && typeof data60 == "object" && !Array.isArray(data60)) && data60 !== null) {
            const err63 = { instancePath: instancePath + "/global/proxy", schemaPath: "#/properties/global/properties/proxy/type", keyword: "type", params: { type: schema188.properties.global.properties.proxy.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            if (data60.image !== void 0) {
              let data61 = data60.image;
              if (typeof data61 !== "string" && data61 !== null) {
                const err64 = { instancePath: instancePath + "/global/proxy/image", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data60.autoInject !== void 0) {
              let data62 = data60.autoInject;
              if (!(data62 === "enabled" || data62 === "disabled" || data62 === null)) {
                const err65 = { instancePath: instancePath + "/global/proxy/autoInject", schemaPath: "#/properties/global/properties/proxy/properties/autoInject/enum", keyword: "enum", params: { allowedValues: schema188.properties.global.properties.proxy.properties.autoInject.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data60.clusterDomain !== void 0) {
              let data63 = data60.clusterDomain;
              if (typeof data63 !== "string" && data63 !== null) {
                const err66 = { instancePath: instancePath + "/global/proxy/clusterDomain", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data60.componentLogLevel !== void 0) {
              let data64 = data60.componentLogLevel;
              if (typeof data64 !== "string" && data64 !== null) {
                const err67 = { instancePath: instancePath + "/global/proxy/componentLogLevel", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data60.logLevel !== void 0) {
              let data65 = data60.logLevel;
              if (typeof data65 !== "string" && data65 !== null) {
                const err68 = { instancePath: instancePath + "/global/proxy/logLevel", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data60.outlierLogPath !== void 0) {
              let data66 = data60.outlierLogPath;
              if (typeof data66 !== "string" && data66 !== null) {
                const err69 = { instancePath: instancePath + "/global/proxy/outlierLogPath", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data60.privileged !== void 0) {
              let data67 = data60.privileged;
              if (typeof data67 !== "boolean" && data67 !== null) {
                const err70 = { instancePath: instancePath + "/global/proxy/privileged", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data60.enableCoreDump !== void 0) {
              let data68 = data60.enableCoreDump;
              if (typeof data68 !== "boolean" && data68 !== null) {
                const err71 = { instancePath: instancePath + "/global/proxy/enableCoreDump", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data60.capNetBindService !== void 0) {
              let data69 = data60.capNetBindService;
              if (typeof data69 !== "boolean" && data69 !== null) {
                const err72 = { instancePath: instancePath + "/global/proxy/capNetBindService", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data60.holdApplicationUntilProxyStarts !== void 0) {
              let data70 = data60.holdApplicationUntilProxyStarts;
              if (typeof data70 !== "boolean" && data70 !== null) {
                const err73 = { instancePath: instancePath + "/global/proxy/holdApplicationUntilProxyStarts", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data60.includeIPRanges !== void 0) {
              let data71 = data60.includeIPRanges;
              if (typeof data71 !== "string" && data71 !== null) {
                const err74 = { instancePath: instancePath + "/global/proxy/includeIPRanges", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data60.excludeIPRanges !== void 0) {
              let data72 = data60.excludeIPRanges;
              if (typeof data72 !== "string" && data72 !== null) {
                const err75 = { instancePath: instancePath + "/global/proxy/excludeIPRanges", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data60.includeInboundPorts !== void 0) {
              let data73 = data60.includeInboundPorts;
              if (typeof data73 !== "string" && data73 !== null) {
                const err76 = { instancePath: instancePath + "/global/proxy/includeInboundPorts", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data60.excludeInboundPorts !== void 0) {
              let data74 = data60.excludeInboundPorts;
              if (typeof data74 !== "string" && data74 !== null) {
                const err77 = { instancePath: instancePath + "/global/proxy/excludeInboundPorts", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data60.includeOutboundPorts !== void 0) {
              let data75 = data60.includeOutboundPorts;
              if (typeof data75 !== "string" && data75 !== null) {
                const err78 = { instancePath: instancePath + "/global/proxy/includeOutboundPorts", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data60.excludeOutboundPorts !== void 0) {
              let data76 = data60.excludeOutboundPorts;
              if (typeof data76 !== "string" && data76 !== null) {
                const err79 = { instancePath: instancePath + "/global/proxy/excludeOutboundPorts", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data60.statusPort !== void 0) {
              let data77 = data60.statusPort;
              if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77))) && typeof data77 !== "string" && data77 !== null) {
                const err80 = { instancePath: instancePath + "/global/proxy/statusPort", schemaPath: "#/$defs/port/type", keyword: "type", params: { type: schema232.type }, message: "must be integer,string,null" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (typeof data77 == "number") {
                if (data77 > 65535 || isNaN(data77)) {
                  const err81 = { instancePath: instancePath + "/global/proxy/statusPort", schemaPath: "#/$defs/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                if (data77 < 0 || isNaN(data77)) {
                  const err82 = { instancePath: instancePath + "/global/proxy/statusPort", schemaPath: "#/$defs/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (typeof data77 === "string") {
                if (!pattern3.test(data77)) {
                  const err83 = { instancePath: instancePath + "/global/proxy/statusPort", schemaPath: "#/$defs/port/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            }
            if (data60.readinessInitialDelaySeconds !== void 0) {
              let data78 = data60.readinessInitialDelaySeconds;
              if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78))) && typeof data78 !== "string" && data78 !== null) {
                const err84 = { instancePath: instancePath + "/global/proxy/readinessInitialDelaySeconds", schemaPath: "#/$defs/uint/type", keyword: "type", params: { type: schema250.type }, message: "must be integer,string,null" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (typeof data78 == "number") {
                if (data78 > 4294967295 || isNaN(data78)) {
                  const err85 = { instancePath: instancePath + "/global/proxy/readinessInitialDelaySeconds", schemaPath: "#/$defs/uint/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (data78 < 0 || isNaN(data78)) {
                  const err86 = { instancePath: instancePath + "/global/proxy/readinessInitialDelaySeconds", schemaPath: "#/$defs/uint/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              if (typeof data78 === "string") {
                if (!pattern3.test(data78)) {
                  const err87 = { instancePath: instancePath + "/global/proxy/readinessInitialDelaySeconds", schemaPath: "#/$defs/uint/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            }
            if (data60.readinessPeriodSeconds !== void 0) {
              let data79 = data60.readinessPeriodSeconds;
              if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79))) && typeof data79 !== "string" && data79 !== null) {
                const err88 = { instancePath: instancePath + "/global/proxy/readinessPeriodSeconds", schemaPath: "#/$defs/uint/type", keyword: "type", params: { type: schema250.type }, message: "must be integer,string,null" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (typeof data79 == "number") {
                if (data79 > 4294967295 || isNaN(data79)) {
                  const err89 = { instancePath: instancePath + "/global/proxy/readinessPeriodSeconds", schemaPath: "#/$defs/uint/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (data79 < 0 || isNaN(data79)) {
                  const err90 = { instancePath: instancePath + "/global/proxy/readinessPeriodSeconds", schemaPath: "#/$defs/uint/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
              if (typeof data79 === "string") {
                if (!pattern3.test(data79)) {
                  const err91 = { instancePath: instancePath + "/global/proxy/readinessPeriodSeconds", schemaPath: "#/$defs/uint/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
            if (data60.readinessFailureThreshold !== void 0) {
              let data80 = data60.readinessFailureThreshold;
              if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80))) && typeof data80 !== "string" && data80 !== null) {
                const err92 = { instancePath: instancePath + "/global/proxy/readinessFailureThreshold", schemaPath: "#/$defs/uint/type", keyword: "type", params: { type: schema250.type }, message: "must be integer,string,null" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data80 == "number") {
                if (data80 > 4294967295 || isNaN(data80)) {
                  const err93 = { instancePath: instancePath + "/global/proxy/readinessFailureThreshold", schemaPath: "#/$defs/uint/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data80 < 0 || isNaN(data80)) {
                  const err94 = { instancePath: instancePath + "/global/proxy/readinessFailureThreshold", schemaPath: "#/$defs/uint/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (typeof data80 === "string") {
                if (!pattern3.test(data80)) {
                  const err95 = { instancePath: instancePath + "/global/proxy/readinessFailureThreshold", schemaPath: "#/$defs/uint/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            }
            if (data60.startupProbe !== void 0) {
              let data81 = data60.startupProbe;
              if (!(data81 && typeof data81 == "object" && !Array.isArray(data81)) && data81 !== null) {
                const err96 = { instancePath: instancePath + "/global/proxy/startupProbe", schemaPath: "#/properties/global/properties/proxy/properties/startupProbe/type", keyword: "type", params: { type: schema188.properties.global.properties.proxy.properties.startupProbe.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                if (data81.enabled !== void 0) {
                  let data82 = data81.enabled;
                  if (typeof data82 !== "boolean" && data82 !== null) {
                    const err97 = { instancePath: instancePath + "/global/proxy/startupProbe/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data81.failureThreshold !== void 0) {
                  let data83 = data81.failureThreshold;
                  if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83))) && typeof data83 !== "string" && data83 !== null) {
                    const err98 = { instancePath: instancePath + "/global/proxy/startupProbe/failureThreshold", schemaPath: "#/$defs/uint/type", keyword: "type", params: { type: schema250.type }, message: "must be integer,string,null" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                  if (typeof data83 == "number") {
                    if (data83 > 4294967295 || isNaN(data83)) {
                      const err99 = { instancePath: instancePath + "/global/proxy/startupProbe/failureThreshold", schemaPath: "#/$defs/uint/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                    if (data83 < 0 || isNaN(data83)) {
                      const err100 = { instancePath: instancePath + "/global/proxy/startupProbe/failureThreshold", schemaPath: "#/$defs/uint/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  }
                  if (typeof data83 === "string") {
                    if (!pattern3.test(data83)) {
                      const err101 = { instancePath: instancePath + "/global/proxy/startupProbe/failureThreshold", schemaPath: "#/$defs/uint/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  }
                }
              }
            }
            if (data60.resources !== void 0) {
              if (!validate738(data60.resources, { instancePath: instancePath + "/global/proxy/resources", parentData: data60, parentDataProperty: "resources", rootData })) {
                vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
                errors = vErrors.length;
              }
            }
            if (data60.lifecycle !== void 0) {
              let data85 = data60.lifecycle;
              if (!(data85 && typeof data85 == "object" && !Array.isArray(data85)) && data85 !== null) {
                const err102 = { instancePath: instancePath + "/global/proxy/lifecycle", schemaPath: "#/$defs/object/type", keyword: "type", params: { type: schema197.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data60.seccompProfile !== void 0) {
              let data86 = data60.seccompProfile;
              if (!(data86 && typeof data86 == "object" && !Array.isArray(data86)) && data86 !== null) {
                const err103 = { instancePath: instancePath + "/global/proxy/seccompProfile", schemaPath: "#/$defs/object/type", keyword: "type", params: { type: schema197.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data60.tracer !== void 0) {
              let data87 = data60.tracer;
              if (!(data87 === "" || data87 === "zipkin" || data87 === "lightstep" || data87 === "datadog" || data87 === "stackdriver" || data87 === "openCensusAgent" || data87 === "none" || data87 === null)) {
                const err104 = { instancePath: instancePath + "/global/proxy/tracer", schemaPath: "#/properties/global/properties/proxy/properties/tracer/enum", keyword: "enum", params: { allowedValues: schema188.properties.global.properties.proxy.properties.tracer.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          }
        }
        if (data0.proxy_init !== void 0) {
          let data88 = data0.proxy_init;
          if (!(data88 && typeof data88 == "object" && !Array.isArray(data88)) && data88 !== null) {
            const err105 = { instancePath: instancePath + "/global/proxy_init", schemaPath: "#/properties/global/properties/proxy_init/type", keyword: "type", params: { type: schema188.properties.global.properties.proxy_init.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
          if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
            if (data88.image !== void 0) {
              let data89 = data88.image;
              if (typeof data89 !== "string" && data89 !== null) {
                const err106 = { instancePath: instancePath + "/global/proxy_init/image", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data88.forceApplyIptables !== void 0) {
              let data90 = data88.forceApplyIptables;
              if (typeof data90 !== "boolean" && data90 !== null) {
                const err107 = { instancePath: instancePath + "/global/proxy_init/forceApplyIptables", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data88.resources !== void 0) {
              if (!validate738(data88.resources, { instancePath: instancePath + "/global/proxy_init/resources", parentData: data88, parentDataProperty: "resources", rootData })) {
                vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
                errors = vErrors.length;
              }
            }
          }
        }
        if (data0.waypoint !== void 0) {
          let data92 = data0.waypoint;
          if (!(data92 && typeof data92 == "object" && !Array.isArray(data92)) && data92 !== null) {
            const err108 = { instancePath: instancePath + "/global/waypoint", schemaPath: "#/properties/global/properties/waypoint/type", keyword: "type", params: { type: schema188.properties.global.properties.waypoint.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
            if (data92.resources !== void 0) {
              if (!validate738(data92.resources, { instancePath: instancePath + "/global/waypoint/resources", parentData: data92, parentDataProperty: "resources", rootData })) {
                vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
                errors = vErrors.length;
              }
            }
            if (data92.affinity !== void 0) {
              let data94 = data92.affinity;
              if (!(data94 && typeof data94 == "object" && !Array.isArray(data94)) && data94 !== null) {
                const err109 = { instancePath: instancePath + "/global/waypoint/affinity", schemaPath: "#/$defs/object/type", keyword: "type", params: { type: schema197.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data92.nodeSelector !== void 0) {
              let data95 = data92.nodeSelector;
              if (!(data95 && typeof data95 == "object" && !Array.isArray(data95)) && data95 !== null) {
                const err110 = { instancePath: instancePath + "/global/waypoint/nodeSelector", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: schema226.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                for (const key1 in data95) {
                  if (typeof data95[key1] !== "string") {
                    const err111 = { instancePath: instancePath + "/global/waypoint/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data92.tolerations !== void 0) {
              let data97 = data92.tolerations;
              if (!Array.isArray(data97) && data97 !== null) {
                const err112 = { instancePath: instancePath + "/global/waypoint/tolerations", schemaPath: "#/$defs/list/type", keyword: "type", params: { type: schema225.type }, message: "must be array,null" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data92.topologySpreadConstraints !== void 0) {
              let data98 = data92.topologySpreadConstraints;
              if (!Array.isArray(data98) && data98 !== null) {
                const err113 = { instancePath: instancePath + "/global/waypoint/topologySpreadConstraints", schemaPath: "#/$defs/list/type", keyword: "type", params: { type: schema225.type }, message: "must be array,null" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.sidecarInjectorWebhook !== void 0) {
      let data99 = data.sidecarInjectorWebhook;
      if (!(data99 && typeof data99 == "object" && !Array.isArray(data99)) && data99 !== null) {
        const err114 = { instancePath: instancePath + "/sidecarInjectorWebhook", schemaPath: "#/properties/sidecarInjectorWebhook/type", keyword: "type", params: { type: schema188.properties.sidecarInjectorWebhook.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
      if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
        if (data99.enableNamespacesByDefault !== void 0) {
          let data100 = data99.enableNamespacesByDefault;
          if (typeof data100 !== "boolean" && data100 !== null) {
            const err115 = { instancePath: instancePath + "/sidecarInjectorWebhook/enableNamespacesByDefault", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data99.reinvocationPolicy !== void 0) {
          let data101 = data99.reinvocationPolicy;
          if (!(data101 === "Never" || data101 === "IfNeeded" || data101 === null)) {
            const err116 = { instancePath: instancePath + "/sidecarInjectorWebhook/reinvocationPolicy", schemaPath: "#/properties/sidecarInjectorWebhook/properties/reinvocationPolicy/enum", keyword: "enum", params: { allowedValues: schema188.properties.sidecarInjectorWebhook.properties.reinvocationPolicy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data99.neverInjectSelector !== void 0) {
          if (!validate743(data99.neverInjectSelector, { instancePath: instancePath + "/sidecarInjectorWebhook/neverInjectSelector", parentData: data99, parentDataProperty: "neverInjectSelector", rootData })) {
            vErrors = vErrors === null ? validate743.errors : vErrors.concat(validate743.errors);
            errors = vErrors.length;
          }
        }
        if (data99.alwaysInjectSelector !== void 0) {
          if (!validate743(data99.alwaysInjectSelector, { instancePath: instancePath + "/sidecarInjectorWebhook/alwaysInjectSelector", parentData: data99, parentDataProperty: "alwaysInjectSelector", rootData })) {
            vErrors = vErrors === null ? validate743.errors : vErrors.concat(validate743.errors);
            errors = vErrors.length;
          }
        }
        if (data99.rewriteAppHTTPProbe !== void 0) {
          let data104 = data99.rewriteAppHTTPProbe;
          if (typeof data104 !== "boolean" && data104 !== null) {
            const err117 = { instancePath: instancePath + "/sidecarInjectorWebhook/rewriteAppHTTPProbe", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data99.injectedAnnotations !== void 0) {
          let data105 = data99.injectedAnnotations;
          if (!(data105 && typeof data105 == "object" && !Array.isArray(data105)) && data105 !== null) {
            const err118 = { instancePath: instancePath + "/sidecarInjectorWebhook/injectedAnnotations", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: schema226.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
            for (const key2 in data105) {
              if (typeof data105[key2] !== "string") {
                const err119 = { instancePath: instancePath + "/sidecarInjectorWebhook/injectedAnnotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
          }
        }
        if (data99.injectionURL !== void 0) {
          let data107 = data99.injectionURL;
          if (typeof data107 !== "string" && data107 !== null) {
            const err120 = { instancePath: instancePath + "/sidecarInjectorWebhook/injectionURL", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data99.templates !== void 0) {
          let data108 = data99.templates;
          if (!(data108 && typeof data108 == "object" && !Array.isArray(data108)) && data108 !== null) {
            const err121 = { instancePath: instancePath + "/sidecarInjectorWebhook/templates", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: schema226.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
            for (const key3 in data108) {
              if (typeof data108[key3] !== "string") {
                const err122 = { instancePath: instancePath + "/sidecarInjectorWebhook/templates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          }
        }
        if (data99.defaultTemplates !== void 0) {
          let data110 = data99.defaultTemplates;
          if (!Array.isArray(data110) && data110 !== null) {
            const err123 = { instancePath: instancePath + "/sidecarInjectorWebhook/defaultTemplates", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: schema191.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
          if (Array.isArray(data110)) {
            const len4 = data110.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data110[i4] !== "string") {
                const err124 = { instancePath: instancePath + "/sidecarInjectorWebhook/defaultTemplates/" + i4, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.pilot !== void 0) {
      let data112 = data.pilot;
      if (!(data112 && typeof data112 == "object" && !Array.isArray(data112)) && data112 !== null) {
        const err125 = { instancePath: instancePath + "/pilot", schemaPath: "#/properties/pilot/type", keyword: "type", params: { type: schema188.properties.pilot.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
      if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
        if (data112.cni !== void 0) {
          if (!validate747(data112.cni, { instancePath: instancePath + "/pilot/cni", parentData: data112, parentDataProperty: "cni", rootData })) {
            vErrors = vErrors === null ? validate747.errors : vErrors.concat(validate747.errors);
            errors = vErrors.length;
          }
        }
        if (data112.env !== void 0) {
          let data114 = data112.env;
          if (!(data114 && typeof data114 == "object" && !Array.isArray(data114)) && data114 !== null) {
            const err126 = { instancePath: instancePath + "/pilot/env", schemaPath: "#/properties/pilot/properties/env/type", keyword: "type", params: { type: schema188.properties.pilot.properties.env.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
          if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
            for (const key4 in data114) {
              let data115 = data114[key4];
              if (typeof data115 !== "string" && !(typeof data115 == "number") && typeof data115 !== "boolean" && data115 !== null) {
                const err127 = { instancePath: instancePath + "/pilot/env/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pilot/properties/env/additionalProperties/type", keyword: "type", params: { type: schema188.properties.pilot.properties.env.additionalProperties.type }, message: "must be string,number,boolean,null" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          }
        }
        if (data112.crlConfigMapName !== void 0) {
          let data116 = data112.crlConfigMapName;
          if (typeof data116 !== "string" && data116 !== null) {
            const err128 = { instancePath: instancePath + "/pilot/crlConfigMapName", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data112.image !== void 0) {
          let data117 = data112.image;
          if (typeof data117 !== "string" && data117 !== null) {
            const err129 = { instancePath: instancePath + "/pilot/image", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data112.hub !== void 0) {
          let data118 = data112.hub;
          if (typeof data118 !== "string" && data118 !== null) {
            const err130 = { instancePath: instancePath + "/pilot/hub", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data112.tag !== void 0) {
          let data119 = data112.tag;
          if (typeof data119 !== "string" && !(typeof data119 == "number") && data119 !== null) {
            const err131 = { instancePath: instancePath + "/pilot/tag", schemaPath: "#/properties/pilot/properties/tag/type", keyword: "type", params: { type: schema188.properties.pilot.properties.tag.type }, message: "must be string,number,null" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data112.variant !== void 0) {
          let data120 = data112.variant;
          if (typeof data120 !== "string" && data120 !== null) {
            const err132 = { instancePath: instancePath + "/pilot/variant", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
      }
    }
    if (data.cni !== void 0) {
      if (!validate747(data.cni, { instancePath: instancePath + "/cni", parentData: data, parentDataProperty: "cni", rootData })) {
        vErrors = vErrors === null ? validate747.errors : vErrors.concat(validate747.errors);
        errors = vErrors.length;
      }
    }
    if (data.gateways !== void 0) {
      let data122 = data.gateways;
      if (!(data122 && typeof data122 == "object" && !Array.isArray(data122)) && data122 !== null) {
        const err133 = { instancePath: instancePath + "/gateways", schemaPath: "#/properties/gateways/type", keyword: "type", params: { type: schema188.properties.gateways.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
      if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
        if (data122.securityContext !== void 0) {
          let data123 = data122.securityContext;
          if (!(data123 && typeof data123 == "object" && !Array.isArray(data123)) && data123 !== null) {
            const err134 = { instancePath: instancePath + "/gateways/securityContext", schemaPath: "#/$defs/object/type", keyword: "type", params: { type: schema197.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data122.seccompProfile !== void 0) {
          let data124 = data122.seccompProfile;
          if (!(data124 && typeof data124 == "object" && !Array.isArray(data124)) && data124 !== null) {
            const err135 = { instancePath: instancePath + "/gateways/seccompProfile", schemaPath: "#/$defs/object/type", keyword: "type", params: { type: schema197.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      }
    }
    if (data.istiodRemote !== void 0) {
      let data125 = data.istiodRemote;
      if (!(data125 && typeof data125 == "object" && !Array.isArray(data125)) && data125 !== null) {
        const err136 = { instancePath: instancePath + "/istiodRemote", schemaPath: "#/properties/istiodRemote/type", keyword: "type", params: { type: schema188.properties.istiodRemote.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
      if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
        if (data125.enabled !== void 0) {
          let data126 = data125.enabled;
          if (typeof data126 !== "boolean" && data126 !== null) {
            const err137 = { instancePath: instancePath + "/istiodRemote/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data125.injectionURL !== void 0) {
          let data127 = data125.injectionURL;
          if (typeof data127 !== "string" && data127 !== null) {
            const err138 = { instancePath: instancePath + "/istiodRemote/injectionURL", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data125.injectionPath !== void 0) {
          let data128 = data125.injectionPath;
          if (typeof data128 !== "string" && data128 !== null) {
            const err139 = { instancePath: instancePath + "/istiodRemote/injectionPath", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data125.injectionCABundle !== void 0) {
          let data129 = data125.injectionCABundle;
          if (typeof data129 !== "string" && data129 !== null) {
            const err140 = { instancePath: instancePath + "/istiodRemote/injectionCABundle", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
      }
    }
    if (data.telemetry !== void 0) {
      let data130 = data.telemetry;
      if (!(data130 && typeof data130 == "object" && !Array.isArray(data130)) && data130 !== null) {
        const err141 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: schema188.properties.telemetry.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
      if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
        if (data130.enabled !== void 0) {
          let data131 = data130.enabled;
          if (typeof data131 !== "boolean" && data131 !== null) {
            const err142 = { instancePath: instancePath + "/telemetry/enabled", schemaPath: "#/$defs/boolean/type", keyword: "type", params: { type: schema194.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      }
    }
    if (data.revision !== void 0) {
      let data132 = data.revision;
      if (typeof data132 !== "string" && data132 !== null) {
        const err143 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (data.revisionTags !== void 0) {
      let data133 = data.revisionTags;
      if (!Array.isArray(data133) && data133 !== null) {
        const err144 = { instancePath: instancePath + "/revisionTags", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: schema191.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
      if (Array.isArray(data133)) {
        const len5 = data133.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data133[i5] !== "string") {
            const err145 = { instancePath: instancePath + "/revisionTags/" + i5, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
      }
    }
    if (data.ownerName !== void 0) {
      let data135 = data.ownerName;
      if (typeof data135 !== "string" && data135 !== null) {
        const err146 = { instancePath: instancePath + "/ownerName", schemaPath: "#/$defs/string/type", keyword: "type", params: { type: schema189.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
    }
    if (data.meshConfig !== void 0) {
      if (!validate17(data.meshConfig, { instancePath: instancePath + "/meshConfig", parentData: data, parentDataProperty: "meshConfig", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  }
  validate737.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/pattern", keyword: "pattern", params: { pattern: "^install\\.istio\\.io/" }, message: 'must match pattern "^install\\.istio\\.io/"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("IstioOperator" !== data.kind) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "IstioOperator" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: schema15.properties.metadata.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3)) && data3 !== null) {
        const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: schema15.properties.spec.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.profile !== void 0) {
          let data4 = data3.profile;
          if (typeof data4 !== "string" && data4 !== null) {
            const err6 = { instancePath: instancePath + "/spec/profile", schemaPath: "#/properties/spec/properties/profile/type", keyword: "type", params: { type: schema15.properties.spec.properties.profile.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data3.namespace !== void 0) {
          let data5 = data3.namespace;
          if (typeof data5 !== "string" && data5 !== null) {
            const err7 = { instancePath: instancePath + "/spec/namespace", schemaPath: "#/properties/spec/properties/namespace/type", keyword: "type", params: { type: schema15.properties.spec.properties.namespace.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.revision !== void 0) {
          let data6 = data3.revision;
          if (typeof data6 !== "string" && data6 !== null) {
            const err8 = { instancePath: instancePath + "/spec/revision", schemaPath: "#/properties/spec/properties/revision/type", keyword: "type", params: { type: schema15.properties.spec.properties.revision.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.hub !== void 0) {
          let data7 = data3.hub;
          if (typeof data7 !== "string" && data7 !== null) {
            const err9 = { instancePath: instancePath + "/spec/hub", schemaPath: "#/properties/spec/properties/hub/type", keyword: "type", params: { type: schema15.properties.spec.properties.hub.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.tag !== void 0) {
          let data8 = data3.tag;
          if (typeof data8 !== "string" && !(typeof data8 == "number") && data8 !== null) {
            const err10 = { instancePath: instancePath + "/spec/tag", schemaPath: "#/properties/spec/properties/tag/type", keyword: "type", params: { type: schema15.properties.spec.properties.tag.type }, message: "must be string,number,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.compatibilityVersion !== void 0) {
          let data9 = data3.compatibilityVersion;
          if (typeof data9 !== "string" && data9 !== null) {
            const err11 = { instancePath: instancePath + "/spec/compatibilityVersion", schemaPath: "#/properties/spec/properties/compatibilityVersion/type", keyword: "type", params: { type: schema15.properties.spec.properties.compatibilityVersion.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.meshConfig !== void 0) {
          if (!validate17(data3.meshConfig, { instancePath: instancePath + "/spec/meshConfig", parentData: data3, parentDataProperty: "meshConfig", rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
        if (data3.values !== void 0) {
          if (!validate737(data3.values, { instancePath: instancePath + "/spec/values", parentData: data3, parentDataProperty: "values", rootData })) {
            vErrors = vErrors === null ? validate737.errors : vErrors.concat(validate737.errors);
            errors = vErrors.length;
          }
        }
        if (data3.unvalidatedValues !== void 0) {
          let data12 = data3.unvalidatedValues;
          if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
            const err12 = { instancePath: instancePath + "/spec/unvalidatedValues", schemaPath: "#/properties/spec/properties/unvalidatedValues/type", keyword: "type", params: { type: schema15.properties.spec.properties.unvalidatedValues.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.components !== void 0) {
          let data13 = data3.components;
          if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
            const err13 = { instancePath: instancePath + "/spec/components", schemaPath: "#/properties/spec/properties/components/type", keyword: "type", params: { type: schema15.properties.spec.properties.components.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var validateMeshConfig = validate17;
var validateValues = validate737;
var propertyIndex = { "roots": { "validateInjectorConfig": 0, "validateIstioOperator": 12, "validateMeshConfig": 14, "validateMeshNetworks": 241, "validateValues": 214 }, "nodes": [{ "p": { "policy": -1, "defaultTemplates": 1, "aliases": 2, "alwaysInjectSelector": 4, "neverInjectSelector": 4, "injectedAnnotations": 10, "template": -1, "templates": 11 }, "c": 1 }, {}, { "a": 3 }, {}, { "i": 5 }, { "p": { "matchLabels": 6, "matchExpressions": 7 }, "c": 1 }, {}, { "i": 8 }, { "p": { "key": -1, "operator": -1, "values": 9 }, "c": 1 }, {}, {}, {}, { "p": { "apiVersion": -1, "kind": -1, "metadata": -1, "spec": 13 } }, { "p": { "profile": -1, "namespace": -1, "revision": -1, "hub": -1, "tag": -1, "compatibilityVersion": -1, "meshConfig": 14, "values": 214, "unvalidatedValues": -1, "components": -1 } }, { "p": { "proxyListenPort": -1, "proxy_listen_port": -1, "proxyInboundListenPort": -1, "proxy_inbound_listen_port": -1, "proxyHttpPort": -1, "proxy_http_port": -1, "connectTimeout": -1, "connect_timeout": -1, "hboneIdleTimeout": -1, "hbone_idle_timeout": -1, "protocolDetectionTimeout": -1, "protocol_detection_timeout": -1, "tcpKeepalive": 15, "tcp_keepalive": 15, "ingressClass": -1, "ingress_class": -1, "ingressService": -1, "ingress_service": -1, "ingressControllerMode": -1, "ingress_controller_mode": -1, "ingressSelector": -1, "ingress_selector": -1, "enableTracing": -1, "enable_tracing": -1, "accessLogFile": -1, "access_log_file": -1, "accessLogFormat": -1, "access_log_format": -1, "accessLogEncoding": -1, "access_log_encoding": -1, "enableEnvoyAccessLogService": -1, "enable_envoy_access_log_service": -1, "disableEnvoyListenerLog": -1, "disable_envoy_listener_log": -1, "defaultConfig": 16, "default_config": 16, "outboundTrafficPolicy": 75, "outbound_traffic_policy": 75, "inboundTrafficPolicy": 76, "inbound_traffic_policy": 76, "configSources": 77, "config_sources": 81, "enableAutoMtls": -1, "enable_auto_mtls": -1, "trustDomain": -1, "trust_domain": -1, "trustDomainAliases": 82, "trust_domain_aliases": 83, "caCertificates": 84, "ca_certificates": 90, "defaultServiceExportTo": 91, "default_service_export_to": 92, "defaultVirtualServiceExportTo": 93, "default_virtual_service_export_to": 94, "defaultDestinationRuleExportTo": 95, "default_destination_rule_export_to": 96, "rootNamespace": -1, "root_namespace": -1, "localityLbSetting": 97, "locality_lb_setting": 97, "zoneAwareLbSetting": 105, "zone_aware_lb_setting": 105, "dnsRefreshRate": -1, "dns_refresh_rate": -1, "h2UpgradePolicy": -1, "h2_upgrade_policy": -1, "inboundClusterStatName": -1, "inbound_cluster_stat_name": -1, "outboundClusterStatName": -1, "outbound_cluster_stat_name": -1, "certificates": 110, "serviceSettings": 114, "service_settings": 118, "serviceScopeConfigs": 119, "service_scope_configs": 126, "enablePrometheusMerge": -1, "enable_prometheus_merge": -1, "verifyCertificateAtClient": -1, "verify_certificate_at_client": -1, "ca": 127, "extensionProviders": 128, "extension_providers": 185, "defaultProviders": 186, "default_providers": 186, "discoverySelectors": 191, "discovery_selectors": 192, "pathNormalization": 193, "path_normalization": 193, "defaultHttpRetryPolicy": 194, "default_http_retry_policy": 194, "meshMTLS": 195, "mesh_mTLS": 195, "tlsDefaults": 195, "tls_defaults": 195, "defaultTrafficPolicy": 200, "default_traffic_policy": 200, "serviceEntryVisibility": 208, "service_entry_visibility": 208, "thriftConfig": -1, "thrift_config": -1, "mixerCheckServer": -1, "mixer_check_server": -1, "mixerReportServer": -1, "mixer_report_server": -1, "disablePolicyChecks": -1, "disable_policy_checks": -1, "disableMixerHttpReports": -1, "disable_mixer_http_reports": -1, "policyCheckFailOpen": -1, "policy_check_fail_open": -1, "sidecarToTelemetrySessionAffinity": -1, "sidecar_to_telemetry_session_affinity": -1, "authPolicy": -1, "auth_policy": -1, "rdsRefreshDelay": -1, "rds_refresh_delay": -1, "mixerAddress": -1, "mixer_address": -1, "enableClientSidePolicyCheck": -1, "enable_client_side_policy_check": -1, "sdsUdsPath": -1, "sds_uds_path": -1, "sdsRefreshDelay": -1, "sds_refresh_delay": -1, "enableSdsTokenMount": -1, "enable_sds_token_mount": -1, "sdsUseK8sSaJwt": -1, "sds_use_k8s_sa_jwt": -1, "terminationDrainDuration": -1, "termination_drain_duration": -1, "disableReportBatch": -1, "disable_report_batch": -1, "reportBatchMaxEntries": -1, "report_batch_max_entries": -1, "reportBatchMaxTime": -1, "report_batch_max_time": -1, "fileFlushInterval": -1, "file_flush_interval": -1, "fileFlushMinSize": -1, "file_flush_min_size": -1 }, "c": 1 }, { "p": { "probes": -1, "time": -1, "interval": -1 }, "c": 1 }, { "p": { "configPath": -1, "config_path": -1, "binaryPath": -1, "binary_path": -1, "serviceCluster": -1, "service_cluster": -1, "tracingServiceName": -1, "tracing_service_name": -1, "drainDuration": -1, "drain_duration": -1, "discoveryAddress": -1, "discovery_address": -1, "discoveryRefreshDelay": -1, "discovery_refresh_delay": -1, "zipkinAddress": -1, "zipkin_address": -1, "statsdUdpAddress": -1, "statsd_udp_address": -1, "envoyMetricsServiceAddress": -1, "envoy_metrics_service_address": -1, "proxyAdminPort": -1, "proxy_admin_port": -1, "availabilityZone": -1, "availability_zone": -1, "controlPlaneAuthPolicy": -1, "control_plane_auth_policy": -1, "customConfigFile": -1, "custom_config_file": -1, "statNameLength": -1, "stat_name_length": -1, "concurrency": -1, "proxyBootstrapTemplatePath": -1, "proxy_bootstrap_template_path": -1, "interceptionMode": -1, "interception_mode": -1, "tracing": 17, "sds": 33, "envoyAccessLogService": 34, "envoy_access_log_service": 34, "envoyMetricsService": 34, "envoy_metrics_service": 34, "proxyMetadata": 35, "proxy_metadata": 36, "runtimeValues": 37, "runtime_values": 38, "statusPort": -1, "status_port": -1, "extraStatTags": 39, "extra_stat_tags": 40, "gatewayTopology": 41, "gateway_topology": 41, "terminationDrainDuration": -1, "termination_drain_duration": -1, "meshId": -1, "mesh_id": -1, "readinessProbe": 43, "readiness_probe": 43, "proxyStatsMatcher": 52, "proxy_stats_matcher": 52, "holdApplicationUntilProxyStarts": -1, "hold_application_until_proxy_starts": -1, "caCertificatesPem": 59, "ca_certificates_pem": 60, "image": 61, "privateKeyProvider": 62, "private_key_provider": 62, "proxyHeaders": 65, "proxy_headers": 65, "fileFlushInterval": -1, "file_flush_interval": -1, "fileFlushMinSizeKb": -1, "file_flush_min_size_kb": -1, "statsCompression": -1, "stats_compression": -1, "connectionSettings": 74, "connection_settings": 74, "parentShutdownDuration": -1, "parent_shutdown_duration": -1, "connectTimeout": -1, "connect_timeout": -1 }, "c": 1 }, { "p": { "zipkin": 18, "lightstep": 19, "datadog": 20, "stackdriver": 21, "openCensusAgent": 22, "open_census_agent": 22, "customTags": 24, "custom_tags": 29, "maxPathTagLength": -1, "max_path_tag_length": -1, "sampling": -1, "tlsSettings": 30, "tls_settings": 30, "enableIstioTags": -1, "enable_istio_tags": -1 }, "c": 1 }, { "p": { "address": -1 }, "c": 1 }, { "p": { "address": -1, "accessToken": -1, "access_token": -1 }, "c": 1 }, { "p": { "address": -1 }, "c": 1 }, { "p": { "debug": -1, "maxNumberOfAttributes": -1, "max_number_of_attributes": -1, "maxNumberOfAnnotations": -1, "max_number_of_annotations": -1, "maxNumberOfMessageEvents": -1, "max_number_of_message_events": -1 }, "c": 1 }, { "p": { "address": -1, "context": 23 }, "c": 1 }, {}, { "a": 25 }, { "p": { "literal": 26, "environment": 27, "header": 28 }, "c": 1 }, { "p": { "value": -1 }, "c": 1 }, { "p": { "name": -1, "defaultValue": -1, "default_value": -1 }, "c": 1 }, { "p": { "name": -1, "defaultValue": -1, "default_value": -1 }, "c": 1 }, { "a": 25 }, { "p": { "mode": -1, "clientCertificate": -1, "client_certificate": -1, "privateKey": -1, "private_key": -1, "caCertificates": -1, "ca_certificates": -1, "credentialName": -1, "credential_name": -1, "subjectAltNames": 31, "subject_alt_names": 32, "sni": -1, "insecureSkipVerify": -1, "insecure_skip_verify": -1, "caCrl": -1, "ca_crl": -1 }, "c": 1 }, {}, {}, { "p": { "enabled": -1, "k8sSaJwtPath": -1, "k8s_sa_jwt_path": -1 }, "c": 1 }, { "p": { "address": -1, "tlsSettings": 30, "tls_settings": 30, "tcpKeepalive": 15, "tcp_keepalive": 15 }, "c": 1 }, {}, {}, {}, {}, {}, {}, { "p": { "numTrustedProxies": -1, "num_trusted_proxies": -1, "forwardClientCertDetails": -1, "forward_client_cert_details": -1, "proxyProtocol": 42, "proxy_protocol": 42 }, "c": 1 }, { "p": {}, "c": 1 }, { "p": { "initialDelaySeconds": -1, "initial_delay_seconds": -1, "timeoutSeconds": -1, "timeout_seconds": -1, "periodSeconds": -1, "period_seconds": -1, "successThreshold": -1, "success_threshold": -1, "failureThreshold": -1, "failure_threshold": -1, "httpGet": 44, "http_get": 44, "tcpSocket": 48, "tcp_socket": 48, "exec": 49, "grpc": 51 }, "c": 1 }, { "p": { "path": -1, "port": -1, "host": -1, "scheme": -1, "httpHeaders": 45, "http_headers": 47 }, "c": 1 }, { "i": 46 }, { "p": { "name": -1, "value": -1 }, "c": 1 }, { "i": 46 }, { "p": { "host": -1, "port": -1 }, "c": 1 }, { "p": { "command": 50 }, "c": 1 }, {}, { "p": { "port": -1, "service": -1 }, "c": 1 }, { "p": { "inclusionPrefixes": 53, "inclusion_prefixes": 54, "inclusionSuffixes": 55, "inclusion_suffixes": 56, "inclusionRegexps": 57, "inclusion_regexps": 58 }, "c": 1 }, {}, {}, {}, {}, {}, {}, {}, {}, { "p": { "imageType": -1, "image_type": -1 }, "c": 1 }, { "p": { "cryptomb": 63, "qat": 64 }, "c": 1 }, { "p": { "pollDelay": -1, "poll_delay": -1, "fallback": -1 }, "c": 1 }, { "p": { "pollDelay": -1, "poll_delay": -1, "fallback": -1 }, "c": 1 }, { "p": { "forwardedClientCert": -1, "forwarded_client_cert": -1, "setCurrentClientCertDetails": 66, "set_current_client_cert_details": 66, "requestId": 67, "request_id": 67, "server": 68, "attemptCount": 69, "attempt_count": 69, "envoyDebugHeaders": 70, "envoy_debug_headers": 70, "metadataExchangeHeaders": 71, "metadata_exchange_headers": 71, "preserveHttp1HeaderCase": -1, "preserve_http1_header_case": -1, "xForwardedHost": 72, "x_forwarded_host": 72, "xForwardedPort": 73, "x_forwarded_port": 73 }, "c": 1 }, { "p": { "subject": -1, "cert": -1, "chain": -1, "dns": -1, "uri": -1 }, "c": 1 }, { "p": { "disabled": -1 }, "c": 1 }, { "p": { "disabled": -1, "value": -1 }, "c": 1 }, { "p": { "disabled": -1 }, "c": 1 }, { "p": { "disabled": -1 }, "c": 1 }, { "p": { "mode": -1 }, "c": 1 }, { "p": { "enabled": -1 }, "c": 1 }, { "p": { "enabled": -1 }, "c": 1 }, { "p": { "profile": -1, "listenerPerConnectionBufferLimitBytes": -1, "listener_per_connection_buffer_limit_bytes": -1, "clusterPerConnectionBufferLimitBytes": -1, "cluster_per_connection_buffer_limit_bytes": -1, "httpIdleTimeout": -1, "http_idle_timeout": -1, "httpMaxConnectionDuration": -1, "http_max_connection_duration": -1, "httpDrainTimeout": -1, "http_drain_timeout": -1, "httpRequestTimeout": -1, "http_request_timeout": -1, "httpRequestHeadersTimeout": -1, "http_request_headers_timeout": -1, "httpStreamIdleTimeout": -1, "http_stream_idle_timeout": -1, "httpMaxStreamDuration": -1, "http_max_stream_duration": -1, "httpMaxConcurrentStreams": -1, "http_max_concurrent_streams": -1, "http2InitialStreamWindowSize": -1, "http2_initial_stream_window_size": -1, "http2InitialConnectionWindowSize": -1, "http2_initial_connection_window_size": -1, "httpHeadersWithUnderscoresAction": -1, "http_headers_with_underscores_action": -1, "httpMergeSlashes": -1, "http_merge_slashes": -1, "httpPathWithEscapedSlashesAction": -1, "http_path_with_escaped_slashes_action": -1, "listenerConnectionLimit": -1, "listener_connection_limit": -1, "globalDownstreamConnectionLimit": -1, "global_downstream_connection_limit": -1 }, "c": 1 }, { "p": { "mode": -1, "tls": 30 }, "c": 1 }, { "p": { "mode": -1 }, "c": 1 }, { "i": 78 }, { "p": { "address": -1, "tlsSettings": 30, "tls_settings": 30, "subscribedResources": 79, "subscribed_resources": 80 }, "c": 1 }, {}, {}, { "i": 78 }, {}, {}, { "i": 85 }, { "p": { "pem": -1, "spiffeBundleUrl": -1, "spiffe_bundle_url": -1, "certSigners": 86, "cert_signers": 87, "trustDomains": 88, "trust_domains": 89 }, "c": 1 }, {}, {}, {}, {}, { "i": 85 }, {}, {}, {}, {}, {}, {}, { "p": { "distribute": 98, "failover": 101, "failoverPriority": 103, "failover_priority": 104, "enabled": -1 }, "c": 1 }, { "i": 99 }, { "p": { "from": -1, "to": 100 }, "c": 1 }, {}, { "i": 102 }, { "p": { "from": -1, "to": -1 }, "c": 1 }, {}, {}, { "p": { "enabled": -1, "failover": 106, "failoverPriority": 108, "failover_priority": 109, "minClusterSize": -1, "min_cluster_size": -1 }, "c": 1 }, { "i": 107 }, { "p": { "from": -1, "to": -1 }, "c": 1 }, {}, {}, { "i": 111 }, { "p": { "secretName": -1, "secret_name": -1, "dnsNames": 112, "dns_names": 113 }, "c": 1 }, {}, {}, { "i": 115 }, { "p": { "settings": 116, "hosts": 117 }, "c": 1 }, { "p": { "clusterLocal": -1, "cluster_local": -1 }, "c": 1 }, {}, { "i": 115 }, { "i": 120 }, { "p": { "namespaceSelector": 121, "namespace_selector": 121, "servicesSelector": 121, "services_selector": 121, "scope": -1 }, "c": 1 }, { "p": { "matchLabels": 122, "matchExpressions": 123 }, "c": 1 }, {}, { "i": 124 }, { "p": { "key": -1, "operator": -1, "values": 125 }, "c": 1 }, {}, { "i": 120 }, { "p": { "address": -1, "tlsSettings": 30, "tls_settings": 30, "requestTimeout": -1, "request_timeout": -1, "istiodSide": -1, "istiod_side": -1 }, "c": 1 }, { "i": 129 }, { "p": { "name": -1, "envoyExtAuthzHttp": 130, "envoy_ext_authz_http": 130, "envoyExtAuthzGrpc": 144, "envoy_ext_authz_grpc": 144, "zipkin": 145, "lightstep": 148, "datadog": 149, "stackdriver": 150, "opencensus": 153, "skywalking": 155, "opentelemetry": 156, "prometheus": 167, "envoyFileAccessLog": 168, "envoy_file_access_log": 168, "envoyHttpAls": 170, "envoy_http_als": 170, "envoyTcpAls": 179, "envoy_tcp_als": 179, "envoyOtelAls": 182, "envoy_otel_als": 182, "sds": 184 }, "c": 1 }, { "p": { "service": -1, "port": -1, "timeout": -1, "pathPrefix": -1, "path_prefix": -1, "failOpen": -1, "fail_open": -1, "clearRouteCache": -1, "clear_route_cache": -1, "statusOnError": -1, "status_on_error": -1, "includeHeadersInCheck": 131, "include_headers_in_check": 132, "includeRequestHeadersInCheck": 133, "include_request_headers_in_check": 134, "includeAdditionalHeadersInCheck": 135, "include_additional_headers_in_check": 136, "includeRequestBodyInCheck": 137, "include_request_body_in_check": 137, "headersToUpstreamOnAllow": 138, "headers_to_upstream_on_allow": 139, "headersToDownstreamOnDeny": 140, "headers_to_downstream_on_deny": 141, "headersToDownstreamOnAllow": 142, "headers_to_downstream_on_allow": 143 }, "c": 1 }, {}, {}, {}, {}, {}, {}, { "p": { "maxRequestBytes": -1, "max_request_bytes": -1, "allowPartialMessage": -1, "allow_partial_message": -1, "packAsBytes": -1, "pack_as_bytes": -1 }, "c": 1 }, {}, {}, {}, {}, {}, {}, { "p": { "service": -1, "port": -1, "timeout": -1, "failOpen": -1, "fail_open": -1, "clearRouteCache": -1, "clear_route_cache": -1, "statusOnError": -1, "status_on_error": -1, "includeRequestBodyInCheck": 137, "include_request_body_in_check": 137 }, "c": 1 }, { "p": { "service": -1, "port": -1, "maxTagLength": -1, "max_tag_length": -1, "enable64bitTraceId": -1, "enable_64bit_trace_id": -1, "path": -1, "traceContextOption": -1, "trace_context_option": -1, "timeout": -1, "headers": 146 }, "c": 1 }, { "i": 147 }, { "p": { "name": -1, "value": -1, "envName": -1, "env_name": -1 }, "c": 1 }, { "p": { "service": -1, "port": -1, "accessToken": -1, "access_token": -1, "maxTagLength": -1, "max_tag_length": -1 }, "c": 1 }, { "p": { "service": -1, "port": -1, "maxTagLength": -1, "max_tag_length": -1 }, "c": 1 }, { "p": { "debug": -1, "maxNumberOfAttributes": -1, "max_number_of_attributes": -1, "maxNumberOfAnnotations": -1, "max_number_of_annotations": -1, "maxNumberOfMessageEvents": -1, "max_number_of_message_events": -1, "maxTagLength": -1, "max_tag_length": -1, "logging": 151 }, "c": 1 }, { "p": { "labels": 152 }, "c": 1 }, {}, { "p": { "service": -1, "port": -1, "context": 154, "maxTagLength": -1, "max_tag_length": -1 }, "c": 1 }, {}, { "p": { "service": -1, "port": -1, "accessToken": -1, "access_token": -1 }, "c": 1 }, { "p": { "service": -1, "port": -1, "maxTagLength": -1, "max_tag_length": -1, "http": 157, "grpc": 159, "resourceDetectors": 162, "resource_detectors": 162, "serviceAttributeEnrichment": -1, "service_attribute_enrichment": -1, "dynatraceSampler": 165, "dynatrace_sampler": 165 }, "c": 1 }, { "p": { "path": -1, "timeout": -1, "headers": 158 }, "c": 1 }, { "i": 147 }, { "p": { "timeout": -1, "initialMetadata": 160, "initial_metadata": 161 }, "c": 1 }, { "i": 147 }, { "i": 147 }, { "p": { "environment": 163, "dynatrace": 164 }, "c": 1 }, { "p": {}, "c": 1 }, { "p": {}, "c": 1 }, { "p": { "tenant": -1, "clusterId": -1, "cluster_id": -1, "rootSpansPerMinute": -1, "root_spans_per_minute": -1, "httpService": 166, "http_service": 166 }, "c": 1 }, { "p": { "service": -1, "port": -1, "http": 157 }, "c": 1 }, { "p": {}, "c": 1 }, { "p": { "path": -1, "logFormat": 169, "log_format": 169, "omitEmptyValues": -1, "omit_empty_values": -1 }, "c": 1 }, { "p": { "text": -1, "labels": -1 }, "c": 1 }, { "p": { "service": -1, "port": -1, "logName": -1, "log_name": -1, "filterStateObjectsToLog": 171, "filter_state_objects_to_log": 172, "additionalRequestHeadersToLog": 173, "additional_request_headers_to_log": 174, "additionalResponseHeadersToLog": 175, "additional_response_headers_to_log": 176, "additionalResponseTrailersToLog": 177, "additional_response_trailers_to_log": 178 }, "c": 1 }, {}, {}, {}, {}, {}, {}, {}, {}, { "p": { "service": -1, "port": -1, "logName": -1, "log_name": -1, "filterStateObjectsToLog": 180, "filter_state_objects_to_log": 181 }, "c": 1 }, {}, {}, { "p": { "service": -1, "port": -1, "logName": -1, "log_name": -1, "logFormat": 183, "log_format": 183 }, "c": 1 }, { "p": { "text": -1, "labels": -1 }, "c": 1 }, { "p": { "name": -1, "service": -1, "port": -1 }, "c": 1 }, { "i": 129 }, { "p": { "tracing": 187, "metrics": 188, "accessLogging": 189, "access_logging": 190 }, "c": 1 }, {}, {}, {}, {}, { "i": 121 }, { "i": 121 }, { "p": { "normalization": -1 }, "c": 1 }, { "p": { "attempts": -1, "perTryTimeout": -1, "per_try_timeout": -1, "retryOn": -1, "retry_on": -1, "retryRemoteLocalities": -1, "retry_remote_localities": -1, "retryIgnorePreviousHosts": -1, "retry_ignore_previous_hosts": -1, "backoff": -1 }, "c": 1 }, { "p": { "minProtocolVersion": -1, "min_protocol_version": -1, "ecdhCurves": 196, "ecdh_curves": 197, "cipherSuites": 198, "cipher_suites": 199 }, "c": 1 }, {}, {}, {}, {}, { "p": { "connectionPool": 201, "connection_pool": 201, "outlierDetection": 205, "outlier_detection": 205 }, "c": 1 }, { "p": { "tcp": 202, "http": 203 }, "c": 1 }, { "p": { "maxConnections": -1, "max_connections": -1, "connectTimeout": -1, "connect_timeout": -1, "tcpKeepalive": 15, "tcp_keepalive": 15, "maxConnectionDuration": -1, "max_connection_duration": -1, "idleTimeout": -1, "idle_timeout": -1 }, "c": 1 }, { "p": { "http1MaxPendingRequests": -1, "http1_max_pending_requests": -1, "http2MaxRequests": -1, "http2_max_requests": -1, "maxRequestsPerConnection": -1, "max_requests_per_connection": -1, "maxRetries": -1, "max_retries": -1, "idleTimeout": -1, "idle_timeout": -1, "h2UpgradePolicy": -1, "h2_upgrade_policy": -1, "useClientProtocol": -1, "use_client_protocol": -1, "maxConcurrentStreams": -1, "max_concurrent_streams": -1, "http2KeepAlive": 204, "http2_keep_alive": 204 }, "c": 1 }, { "p": { "interval": -1, "timeout": -1 }, "c": 1 }, { "p": { "consecutiveErrors": -1, "consecutive_errors": -1, "splitExternalLocalOriginErrors": -1, "split_external_local_origin_errors": -1, "consecutiveLocalOriginFailures": -1, "consecutive_local_origin_failures": -1, "consecutiveGatewayErrors": -1, "consecutive_gateway_errors": -1, "consecutive5xxErrors": -1, "consecutive_5xx_errors": -1, "interval": -1, "baseEjectionTime": -1, "base_ejection_time": -1, "maxEjectionPercent": -1, "max_ejection_percent": -1, "minHealthPercent": -1, "min_health_percent": -1, "outlierDetectionHttpErrorCodes": 206, "outlier_detection_http_error_codes": 207 }, "c": 1 }, {}, {}, { "p": { "defaultVisibility": -1, "default_visibility": -1, "applyToSidecars": -1, "apply_to_sidecars": -1, "policies": 209 }, "c": 1 }, { "i": 210 }, { "p": { "visibility": -1, "matchingRules": 211, "matching_rules": 213 }, "c": 1 }, { "i": 212 }, { "p": { "namespaceSelector": 121, "namespace_selector": 121 }, "c": 1 }, { "i": 212 }, { "p": { "global": 215, "sidecarInjectorWebhook": 234, "pilot": 235, "cni": 236, "gateways": 238, "istiodRemote": 239, "telemetry": 240, "revision": -1, "revisionTags": 216, "ownerName": -1, "meshConfig": 14 } }, { "p": { "hub": -1, "tag": -1, "variant": -1, "imagePullPolicy": -1, "imagePullSecrets": 216, "istioNamespace": -1, "revision": -1, "logAsJson": -1, "logging": 217, "meshID": -1, "meshNetworks": -1, "network": -1, "multiCluster": 218, "mountMtlsCerts": -1, "pilotCertProvider": -1, "caAddress": -1, "caName": -1, "trustBundleName": -1, "trustDomain": -1, "remotePilotAddress": -1, "priorityClassName": -1, "platform": -1, "nativeNftables": -1, "configCluster": -1, "configValidation": -1, "externalIstiod": -1, "omitSidecarInjectorConfigMap": -1, "operatorManageWebhooks": -1, "enableReaderRBAC": -1, "certSigners": 216, "ipFamilies": 216, "ipFamilyPolicy": -1, "podDNSSearchNamespaces": 216, "jwtPolicy": -1, "resourceScope": -1, "defaultResources": 219, "defaultNodeSelector": 222, "defaultTolerations": -1, "defaultPodDisruptionBudget": 223, "networkPolicy": 224, "istiod": 225, "sds": 226, "sts": 228, "agentgateway": 229, "proxy": 230, "proxy_init": 232, "waypoint": 233 } }, {}, { "p": { "level": -1 } }, { "p": { "enabled": -1, "clusterName": -1 } }, { "p": { "limits": 220, "requests": 221, "claims": -1 }, "c": 1 }, {}, {}, {}, { "p": { "enabled": -1 } }, { "p": { "enabled": -1 } }, { "p": { "enableAnalysis": -1 } }, { "p": { "token": 227 } }, { "p": { "aud": -1 } }, { "p": { "servicePort": -1 } }, { "p": { "image": -1 } }, { "p": { "image": -1, "autoInject": -1, "clusterDomain": -1, "componentLogLevel": -1, "logLevel": -1, "outlierLogPath": -1, "privileged": -1, "enableCoreDump": -1, "capNetBindService": -1, "holdApplicationUntilProxyStarts": -1, "includeIPRanges": -1, "excludeIPRanges": -1, "includeInboundPorts": -1, "excludeInboundPorts": -1, "includeOutboundPorts": -1, "excludeOutboundPorts": -1, "statusPort": -1, "readinessInitialDelaySeconds": -1, "readinessPeriodSeconds": -1, "readinessFailureThreshold": -1, "startupProbe": 231, "resources": 219, "lifecycle": -1, "seccompProfile": -1, "tracer": -1 } }, { "p": { "enabled": -1, "failureThreshold": -1 } }, { "p": { "image": -1, "forceApplyIptables": -1, "resources": 219 } }, { "p": { "resources": 219, "affinity": -1, "nodeSelector": 222, "tolerations": -1, "topologySpreadConstraints": -1 } }, { "p": { "enableNamespacesByDefault": -1, "reinvocationPolicy": -1, "neverInjectSelector": 4, "alwaysInjectSelector": 4, "rewriteAppHTTPProbe": -1, "injectedAnnotations": 222, "injectionURL": -1, "templates": 222, "defaultTemplates": 216 } }, { "p": { "cni": 236, "env": 237, "crlConfigMapName": -1, "image": -1, "hub": -1, "tag": -1, "variant": -1 } }, { "p": { "enabled": -1, "provider": -1, "chained": -1 } }, {}, { "p": { "securityContext": -1, "seccompProfile": -1 } }, { "p": { "enabled": -1, "injectionURL": -1, "injectionPath": -1, "injectionCABundle": -1 } }, { "p": { "enabled": -1 } }, { "p": { "networks": 242 }, "c": 1 }, { "a": 243 }, { "p": { "endpoints": 244, "gateways": 246 }, "c": 1 }, { "i": 245 }, { "p": { "fromCidr": -1, "from_cidr": -1, "fromRegistry": -1, "from_registry": -1 }, "c": 1 }, { "i": 247 }, { "p": { "registryServiceName": -1, "registry_service_name": -1, "address": -1, "port": -1, "locality": -1 }, "c": 1 }] };

// src/schemas/index.ts
var VALIDATORS = {
  "mesh-config": { validate: validateMeshConfig, root: propertyIndex.roots.validateMeshConfig },
  values: { validate: validateValues, root: propertyIndex.roots.validateValues },
  "injector-config": { validate: validateInjectorConfig, root: propertyIndex.roots.validateInjectorConfig },
  "istio-operator": { validate: validateIstioOperator, root: propertyIndex.roots.validateIstioOperator }
};
function validateInput(kind, data) {
  const entry = VALIDATORS[kind];
  if (entry.validate(data)) return [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const err of entry.validate.errors ?? []) {
    const problem = describeError(err, data, entry.root);
    if (!problem) continue;
    const key = `${problem.pointer}\0${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
function formatProblems(file, problems) {
  return problems.map((p) => `${file}: ${p.pointer === "" ? "(document)" : p.pointer}: ${p.message}`).join("\n");
}
var PATTERN_MEANINGS = {
  "^-?[0-9]+$": "an integer",
  "^[0-9]+$": "a non-negative integer",
  "^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$": 'a duration in seconds like "10s" or "1.5s"',
  "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$": "a number",
  "^[A-Za-z0-9+/_-]*={0,2}$": "base64-encoded bytes",
  "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$": 'a Kubernetes quantity like "100m" or "128Mi"',
  "^install\\.istio\\.io/": "an install.istio.io API version"
};
function describeError(err, data, root) {
  const pointer = err.instancePath;
  const value = valueAt(data, pointer);
  const params = err.params;
  switch (err.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const known = knownProperties(root, pointer);
      const hint = suggest(name, known);
      return {
        pointer: `${pointer}/${escapePointer(name)}`,
        message: `unknown field ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`
      };
    }
    case "required":
      return { pointer, message: `missing required field ${JSON.stringify(String(params.missingProperty))}` };
    case "type":
      return { pointer, message: `must be ${describeTypes(String(params.type))}, got ${describeValue(value)}` };
    case "enum": {
      const allowed = params.allowedValues.filter((v) => v !== null);
      const names = allowed.filter((v) => typeof v === "string");
      const shown = (names.length > 0 ? names : allowed).map((v) => typeof v === "string" ? v === "" ? '""' : v : JSON.stringify(v));
      return { pointer, message: `must be one of ${shown.join(", ")}` };
    }
    case "const":
      return { pointer, message: `must be ${JSON.stringify(params.allowedValue)}, got ${describeValue(value)}` };
    case "pattern": {
      const meaning = PATTERN_MEANINGS[String(params.pattern)];
      return {
        pointer,
        message: meaning ? `must be ${meaning}, got ${describeValue(value)}` : `must match ${String(params.pattern)}, got ${describeValue(value)}`
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer, message: `must be ${String(params.comparison)} ${String(params.limit)}, got ${describeValue(value)}` };
    case "allOf":
    case "anyOf":
    case "if":
      return void 0;
    // the errors of the branches say what is wrong
    default:
      return { pointer, message: err.message ?? `is invalid (${err.keyword})` };
  }
}
function describeTypes(types) {
  const set = new Set(types.split(","));
  set.delete("null");
  if (set.has("integer")) set.delete("string");
  const words = {
    string: "a string",
    boolean: "a boolean",
    integer: "an integer",
    number: "a number",
    object: "an object (mapping)",
    array: "a list"
  };
  const list = [...set].map((t) => words[t] ?? t);
  if (list.length === 0) return "null";
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `string ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}`;
    case "number":
      return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
    case "boolean":
      return `boolean ${value}`;
    case "object":
      return "an object (mapping)";
    default:
      return typeof value;
  }
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(data, pointer) {
  let cur = data;
  for (const seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function knownProperties(root, pointer) {
  const nodes = propertyIndex.nodes;
  let node = nodes[root];
  for (const seg of pointerSegments(pointer)) {
    if (!node) return [];
    let next;
    if (node.p && Object.prototype.hasOwnProperty.call(node.p, seg)) next = node.p[seg];
    else if (node.i !== void 0 && /^[0-9]+$/.test(seg)) next = node.i;
    else if (node.a !== void 0) next = node.a;
    node = next !== void 0 && next >= 0 ? nodes[next] : void 0;
  }
  return node?.p ? Object.keys(node.p) : [];
}
function suggest(name, known) {
  const norm = (s) => s.replace(/[_-]/g, "").toLowerCase();
  const n = norm(name);
  let best;
  let bestDist = Infinity;
  for (const k of known) {
    if (norm(k) === n) return preferCamel(k, known);
    const d = editDistance(n, norm(k));
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(n.length / 4)));
  return best !== void 0 && bestDist <= limit ? preferCamel(best, known) : void 0;
}
function preferCamel(name, known) {
  if (!name.includes("_")) return name;
  const camel = name.replace(/_([a-zA-Z0-9])/g, (_m, c) => c.toUpperCase());
  return known.includes(camel) ? camel : name;
}
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
export {
  formatProblems,
  validateInput
};
