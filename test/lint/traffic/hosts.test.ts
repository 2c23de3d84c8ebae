import { describe, expect, test } from 'vitest';
import { exportsToAll, hostsMatch, namesForNamespace, serviceNameOf, toFqdn } from '../../../src/lint/traffic/hosts.js';
import { HostRegistry } from '../../../src/lint/traffic/registry.js';
import { buildIndex } from '../../../src/lint/mesh-index.js';
import { splitStream } from '../../../src/read/split.js';
import { yaml } from '../helpers/rule-tester.js';

describe('host names as Istio resolves them', () => {
  test('a short name is relative to the namespace; a name with a dot or a wildcard is kept', () => {
    expect(toFqdn('bookinfo', 'reviews')).toBe('reviews.bookinfo.svc.cluster.local');
    expect(toFqdn('bookinfo', 'reviews.other')).toBe('reviews.other');
    expect(toFqdn('bookinfo', '*')).toBe('*');
    expect(toFqdn('bookinfo', '*.example.com')).toBe('*.example.com');
  });

  test('an FQDN names a Service of another namespace; anything else is a short name', () => {
    expect(serviceNameOf('a', 'reviews.b.svc.cluster.local')).toEqual({ namespace: 'b', name: 'reviews' });
    expect(serviceNameOf('a', 'reviews')).toEqual({ namespace: 'a', name: 'reviews' });
    expect(serviceNameOf('a', 'reviews.b')).toEqual({ namespace: 'a', name: 'reviews.b' });
  });

  test('wildcards match on either side; plain names only themselves', () => {
    expect(hostsMatch('*.example.com', 'a.example.com')).toBe(true);
    expect(hostsMatch('a.example.com', '*.example.com')).toBe(true);
    expect(hostsMatch('*.example.com', '*.b.example.com')).toBe(true);
    expect(hostsMatch('*', 'anything')).toBe(true);
    expect(hostsMatch('a.example.com', 'b.example.com')).toBe(false);
    expect(hostsMatch('*.example.com', 'example.org')).toBe(false);
  });

  test('ns/host entries of other namespaces are dropped, */host and own ns/host kept', () => {
    expect(namesForNamespace(['a/x.com', 'b/y.com', '*/z.com', 'w.com'], 'a')).toEqual(['x.com', 'z.com', 'w.com']);
  });

  test('exportTo: none, or one with *, is everywhere', () => {
    expect(exportsToAll([])).toBe(true);
    expect(exportsToAll(['.', '*'])).toBe(true);
    expect(exportsToAll(['.'])).toBe(false);
  });
});

describe('the host registry (Services and ServiceEntries, by visibility)', () => {
  const index = buildIndex(
    splitStream({
      name: 'hosts.yaml',
      text: yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: public, namespace: a}
        spec: {ports: [{port: 80}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: private, namespace: a, annotations: {networking.istio.io/exportTo: "."}}
        spec: {ports: [{port: 80}]}
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: ext, namespace: a}
        spec: {hosts: ["*.googleapis.com"], ports: [{number: 443, name: https}]}
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: local, namespace: a}
        spec: {hosts: [db.internal], exportTo: ["."], ports: [{number: 5432, name: tcp}]}
      `,
    }),
  );
  const registry = new HostRegistry(
    index.objects.filter((o) => o.kind === 'ServiceEntry'),
    index.services,
  );
  const found = (ns: string, host: string, exportTo: string[] = []) => registry.lookup(ns, exportTo, host)?.source.name;

  test('a Service by short name in its namespace, by FQDN from anywhere', () => {
    expect(found('a', 'public')).toBe('public');
    expect(found('b', 'public')).toBeUndefined(); // the short name means public.b
    expect(found('b', 'public.a.svc.cluster.local')).toBe('public');
  });

  test('exportTo "." hides a Service and a ServiceEntry from other namespaces', () => {
    expect(found('a', 'private')).toBe('private');
    expect(found('b', 'private.a.svc.cluster.local')).toBeUndefined();
    expect(found('a', 'db.internal')).toBe('local');
    expect(found('b', 'db.internal')).toBeUndefined();
  });

  test('a wildcard ServiceEntry host serves the names it matches', () => {
    expect(found('b', 'storage.googleapis.com')).toBe('ext');
    expect(found('b', 'googleapis.com')).toBeUndefined();
  });
});
