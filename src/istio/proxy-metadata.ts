/**
 * ProxyConfig `proxyMetadata` variables whose meaning lint reads from a mesh config: DNS capture
 * with automatic address allocation gives ServiceEntries without `addresses` an address (so Istio
 * does not report IST0134 for them).
 */
export const DNS_CAPTURE = 'ISTIO_META_DNS_CAPTURE';
export const DNS_AUTO_ALLOCATE = 'ISTIO_META_DNS_AUTO_ALLOCATE';
export const PILOT_IP_AUTOALLOCATE = 'PILOT_ENABLE_IP_AUTOALLOCATE';
