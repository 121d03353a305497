import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * The Kubernetes manifests (deploy/kubernetes) hold together: every file parses, every
 * reference between them resolves, and every process is started, probed and sized the way
 * the registry runs (#17). No cluster here: this checks what `kubectl apply` would accept
 * and what the pods would need to start.
 */
const DIR = path.resolve('deploy/kubernetes');
const IMAGE = /^cto-pci-registry:[\w.-]+$/;

interface Manifest {
  kind: string;
  apiVersion: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  resources?: string[];
}

const load = (file: string): Manifest[] =>
  parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8')).map((doc) => {
    expect(doc.errors, file).toEqual([]);
    return doc.toJS() as Manifest;
  });

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const all = files.flatMap((f) => load(f).map((m) => ({ file: f, m })));
const kustomization = all.find(({ m }) => m.kind === 'Kustomization')!.m;
const applied = kustomization.resources!.flatMap(load);
const of = (kind: string, from = applied) => from.filter((m) => m.kind === kind);
const secrets = of('Secret', load('secrets.example.yaml'));
const configMaps = of('ConfigMap');
const job = load('migrate-job.yaml')[0]!;
const podSpecs = [...of('Deployment').map((d) => ({ name: d.metadata.name, spec: d.spec.template.spec })), { name: job.metadata.name, spec: job.spec.template.spec }];

describe('the Kubernetes manifests (#17)', () => {
  it('should parse, each object named, namespaced, with a kind and an apiVersion', () => {
    for (const { file, m } of all.filter(({ m }) => m.kind !== 'Kustomization')) {
      expect(m.apiVersion, file).toBeTruthy();
      expect(m.metadata.name, file).toMatch(/^[a-z0-9-]+$/);
      if (m.kind !== 'Namespace') expect(m.metadata.namespace, `${file} ${m.metadata.name}`).toBe('cto-registry');
    }
    for (const r of kustomization.resources!) expect(existsSync(path.join(DIR, r)), r).toBe(true);
    // The secrets are created from real values, never applied from the example file.
    expect(kustomization.resources).not.toContain('secrets.example.yaml');
  });

  it('should run every process of the registry, each at least twice, from the one image and an entry point that exists', () => {
    const deployments = of('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['adjudication', 'cases', 'gateway', 'operators']);
    for (const { name, spec } of podSpecs) {
      const [container] = spec.containers;
      expect(container.image, name).toMatch(IMAGE);
      expect(container.command.slice(0, 3), name).toEqual(['node', '--import', 'tsx']);
      expect(existsSync(path.resolve(container.command[3])), `${name}: ${container.command[3]}`).toBe(true);
      expect(spec.securityContext.runAsNonRoot, name).toBe(true);
    }
    for (const d of deployments) expect(d.spec.replicas, d.metadata.name).toBeGreaterThanOrEqual(2);
  });

  it('should probe readiness on /readyz and liveness on /healthz, at the port the process listens on', () => {
    for (const d of of('Deployment')) {
      const [c] = d.spec.template.spec.containers;
      const port = c.ports.find((p: { name: string }) => p.name === 'http');
      const listens = c.env.find((e: { name: string }) => e.name === 'PORT');
      expect(Number(listens.value), d.metadata.name).toBe(port.containerPort);
      expect(c.readinessProbe.httpGet, d.metadata.name).toEqual({ path: '/readyz', port: 'http' });
      expect(c.livenessProbe.httpGet, d.metadata.name).toEqual({ path: '/healthz', port: 'http' });
      expect(c.resources.requests.cpu && c.resources.requests.memory && c.resources.limits.memory, d.metadata.name).toBeTruthy();
    }
  });

  it('should reference only secrets and keys that are declared, and config maps that are applied', () => {
    for (const { name, spec } of podSpecs) {
      const [c] = spec.containers;
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (!ref) continue;
        const secret = secrets.find((s) => s.metadata.name === ref.name);
        expect(secret, `${name}: secret ${ref.name}`).toBeDefined();
        expect(Object.keys(secret!.stringData!), `${name}: ${ref.name}.${ref.key}`).toContain(ref.key);
      }
      for (const from of c.envFrom ?? []) expect(configMaps.map((m) => m.metadata.name), name).toContain(from.configMapRef.name);
    }
  });

  it('should give each private key to its one signer only: user tokens to operators, internal tokens to the gateway', () => {
    const holders = (key: string) => podSpecs.filter(({ spec }) => spec.containers[0].env.some((e: { name: string }) => e.name === key)).map((p) => p.name);
    expect(holders('USER_TOKEN_PRIVATE_KEY')).toEqual(['operators']);
    expect(holders('INTERNAL_TOKEN_PRIVATE_KEY')).toEqual(['gateway']);
    // [R31] every cases replica keys image UIDs with the same secret.
    expect(holders('IMAGE_UID_SECRET')).toEqual(['cases']);
  });

  it('should select each Deployment with its Service and its disruption budget, and point the gateway at the Services', () => {
    const deployments = of('Deployment');
    for (const kind of ['Service', 'PodDisruptionBudget']) {
      for (const m of of(kind)) {
        const selector = kind === 'Service' ? m.spec.selector : m.spec.selector.matchLabels;
        const target = deployments.find((d) => Object.entries(selector).every(([k, v]) => d.spec.template.metadata.labels[k] === v));
        expect(target, `${kind} ${m.metadata.name}`).toBeDefined();
        if (kind === 'Service') expect(m.spec.ports[0].targetPort).toBe('http');
        if (kind === 'PodDisruptionBudget') expect(m.spec.minAvailable).toBeLessThan(target!.spec.replicas);
      }
    }
    const gateway = deployments.find((d) => d.metadata.name === 'gateway')!.spec.template.spec.containers[0];
    for (const sub of ['operators', 'cases', 'adjudication']) {
      const url = new URL(gateway.env.find((e: { name: string }) => e.name === `${sub.toUpperCase()}_URL`).value);
      const service = of('Service').find((s) => s.metadata.name === url.hostname);
      expect(service, sub).toBeDefined();
      expect(Number(url.port)).toBe(service!.spec.ports[0].port);
    }
  });

  it('should store images where every cases replica finds them [R31]', () => {
    const config = configMaps.find((m) => m.metadata.name === 'registry-config')!.data!;
    expect(config['IMAGE_STORE']).toBe('s3');
    expect(config['IMAGE_S3_BUCKET']).toBeTruthy();
  });
});
