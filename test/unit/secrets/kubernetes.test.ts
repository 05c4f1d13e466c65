// Kubernetes Secret manifests: every base64 value under data: is secret, whatever its key.

import { BASE64, expectClean, expectSecret, fake } from './fake-secrets';

describe('secret detector: Kubernetes Secret manifests', () => {
  it('reports each value under data: of a Secret', () => {
    const dockercfg = Buffer.from(`{"auths":{"registry.internal":{"auth":"${fake(24, BASE64)}"}}}`).toString('base64');
    const tlsKey = Buffer.from(fake(48, BASE64)).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\ntype: Opaque\ndata:\n  .dockerconfigjson: ${dockercfg}\n  tls.key: |\n    ${tlsKey}\n`;
    expectSecret(text, dockercfg, 'kubernetes-secret');
    expectSecret(text, tlsKey, 'kubernetes-secret');
  });

  it('ignores data: of other kinds, empty values and templated values', () => {
    expectClean(`apiVersion: v1\nkind: ConfigMap\ndata:\n  blob: ${Buffer.from(fake(30, BASE64)).toString('base64')}\n`);
    expectClean('apiVersion: v1\nkind: Secret\ndata:\n  csrf: ""\n  password: {{ .Values.password }}\n');
  });
});
