// The floor of the webhook load test (bench/webhook-load.mjs): a Node HTTPS server that reads each
// AdmissionReview, parses it, and answers with a fixed JSON Patch of the size kube-inject's
// answers have, plus one log line on stderr, as `kube-inject serve` does. It injects nothing, so
// its figures are what Node's HTTPS server, the load client and this machine cost by themselves.
//
//   node bench/webhook-floor.mjs --tls-cert F --tls-key F [--answer-bytes N]
// Prints `listening on https://127.0.0.1:PORT` on stderr, as kube-inject serve does.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
// A patch that adds containers, as an injection's does, of about the bytes asked for.
const bytes = Number(arg('--answer-bytes', '6000'));
const ops = [];
while (JSON.stringify(ops).length * 4 < bytes * 3) {
  ops.push({ op: 'add', path: `/spec/containers/${ops.length}`, value: { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.27.0', args: ['proxy', 'sidecar'] } });
}
const patch = Buffer.from(JSON.stringify(ops)).toString('base64');

const server = createServer({ cert: readFileSync(arg('--tls-cert')), key: readFileSync(arg('--tls-key')) }, (req, res) => {
  const t0 = performance.now();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let uid = '';
    try {
      uid = JSON.parse(Buffer.concat(chunks).toString('utf8')).request.uid;
    } catch {
      res.writeHead(400).end('bad AdmissionReview\n');
      return;
    }
    const body = JSON.stringify({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', response: { uid, allowed: true, patchType: 'JSONPatch', patch } });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    process.stderr.write(`review uid ${JSON.stringify(uid)}: answered (${(performance.now() - t0).toFixed(1)} ms)\n`);
  });
});
server.listen(0, '127.0.0.1', () => process.stderr.write(`listening on https://127.0.0.1:${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
