// Source hosting formats: GitHub, GitLab, Bitbucket, Atlassian.

import { ALNUM, expectClean, expectSecret, fake, URL_SAFE } from './fake-secrets';

describe('secret detector: source hosting', () => {
  it('reports each kind of GitHub token', () => {
    for (const [prefix, type] of [
      ['ghp_', 'github-token'],
      ['gho_', 'github-oauth-token'],
      ['ghu_', 'github-app-token'],
      ['ghs_', 'github-app-token'],
      ['ghr_', 'github-refresh-token'],
    ] as const) {
      const token = `${prefix}${fake(36, ALNUM)}`;
      expectSecret(`git clone https://x-access-token@github.com/o/r.git # ${token}`, token, type);
    }
    const fineGrained = `github_pat_${fake(82, `${ALNUM}_`)}`;
    expectSecret(`GITHUB_TOKEN="${fineGrained}"`, fineGrained, 'github-token');
  });

  it('ignores GitHub token look-alikes', () => {
    expectClean(`ghp_${'x'.repeat(36)}`);
    expectClean(`foo_${fake(36, ALNUM)}`);
    expectClean(`ghp_${fake(35, ALNUM)} is one character short`);
  });

  it('reports GitLab personal access, runner and deploy tokens', () => {
    const pat = `glpat-${fake(20, URL_SAFE)}`;
    expectSecret(`private_token: ${pat}`, pat, 'gitlab-token');
    const routable = `glpat-${fake(27, URL_SAFE)}.01${fake(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    expectSecret(`export GITLAB_TOKEN=${routable}`, routable, 'gitlab-token');
    const runner = `glrt-${fake(20, URL_SAFE)}`;
    expectSecret(`token = "${runner}"`, runner, 'gitlab-runner-token');
    const deploy = `gldt-${fake(20, URL_SAFE)}`;
    expectSecret(deploy, deploy, 'gitlab-token');
  });

  it('ignores GitLab tokens of the wrong length or with placeholders', () => {
    expectClean('glpat-abc');
    expectClean('glpat-XXXXXXXXXXX-XXXXXXXX');
  });

  it('reports Bitbucket app passwords and Atlassian API tokens', () => {
    const bitbucket = `ATBB${fake(32, ALNUM)}`;
    expectSecret(`BITBUCKET_APP_PASSWORD=${bitbucket}`, bitbucket, 'bitbucket-app-password');
    const atlassian = `ATATT3${fake(180, URL_SAFE)}`;
    expectSecret(`jira.token=${atlassian}`, atlassian, 'atlassian-api-token');
  });
});
