/**
 * The proxy image URL (`.ProxyImage` in templates): `<hub>/<image>:<tag>[-<type>]`, where the
 * image type comes from the `sidecar.istio.io/proxyImageType` annotation, else the proxy
 * config's `image.imageType`, else `global.variant`. A known type already on the tag is
 * replaced; type `default` means none.
 */
import { PROXY_IMAGE_TYPE_ANNOTATION } from '../istio/keys.js';
import { asMap, str, type JsonMap } from '../model/values.js';

const KNOWN_IMAGE_TYPES = ['distroless', 'debug'];

/** `fmt.Sprintf("%v", x)` for a JSON scalar (the tag may be a number in values). */
export function goSprintV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

/** Go's `%v` for a float64: shortest digits, exponent form when the exponent is < -4 or >= 6. */
function goFloat(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = n.toExponential().split('e') as [string, string];
    const sign = e.startsWith('-') ? '-' : '+';
    const digits = e.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  return String(n);
}

function updateImageType(tag: string, imageType: string): string {
  if (imageType === '') return tag;
  for (const t of KNOWN_IMAGE_TYPES) {
    if (tag.endsWith('-' + t)) {
      tag = tag.slice(0, tag.length - t.length - 1);
      break;
    }
  }
  return imageType === 'default' ? tag : `${tag}-${imageType}`;
}

export function proxyImage(
  values: Readonly<JsonMap>,
  proxyConfig: Readonly<JsonMap>,
  annotations: Readonly<Record<string, string>>,
): string {
  const global = asMap(values.global);
  const proxy = asMap(global.proxy);
  const name = str(proxy.image) || 'proxyv2';
  const tag = global.tag === undefined || global.tag === null ? '' : goSprintV(global.tag);
  let imageType = str(asMap(proxyConfig.image).imageType);
  if (imageType === '') imageType = str(global.variant);
  if (Object.hasOwn(annotations, PROXY_IMAGE_TYPE_ANNOTATION)) imageType = annotations[PROXY_IMAGE_TYPE_ANNOTATION]!;
  return `${str(global.hub)}/${name}:${updateImageType(tag, imageType)}`;
}

/** The init image (`.ProxyInitImage`): like the proxy image, from `global.proxy_init.image`. */
export function proxyInitImage(values: Readonly<JsonMap>, annotations: Readonly<Record<string, string>>): string {
  const global = asMap(values.global);
  const name = str(asMap(global.proxy_init).image) || 'proxyv2';
  const tag = global.tag === undefined || global.tag === null ? '' : goSprintV(global.tag);
  let imageType = str(global.variant);
  if (Object.hasOwn(annotations, PROXY_IMAGE_TYPE_ANNOTATION)) imageType = annotations[PROXY_IMAGE_TYPE_ANNOTATION]!;
  return `${str(global.hub)}/${name}:${updateImageType(tag, imageType)}`;
}
