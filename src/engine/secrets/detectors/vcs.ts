// Source hosting: GitHub, GitLab, Bitbucket and Atlassian tokens.

import type { SecretDetector } from '../types';

export const VCS_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'github-token',
    description: 'GitHub personal access token',
    keywords: ['ghp_'],
    pattern: /(?<![\w-])ghp_[A-Za-z0-9]{36}(?![\w-])/dg,
  },
  {
    id: 'github-token',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: /(?<![\w-])github_pat_\w{82}(?![\w-])/dg,
  },
  {
    id: 'github-oauth-token',
    description: 'GitHub OAuth access token',
    keywords: ['gho_'],
    pattern: /(?<![\w-])gho_[A-Za-z0-9]{36}(?![\w-])/dg,
  },
  {
    id: 'github-app-token',
    description: 'GitHub App token',
    keywords: ['ghu_', 'ghs_'],
    pattern: /(?<![\w-])gh[us]_[A-Za-z0-9]{36}(?![\w-])/dg,
  },
  {
    id: 'github-refresh-token',
    description: 'GitHub refresh token',
    keywords: ['ghr_'],
    pattern: /(?<![\w-])ghr_[A-Za-z0-9]{36}(?![\w-])/dg,
  },
  {
    id: 'gitlab-token',
    description: 'GitLab personal, project or group access token',
    keywords: ['glpat-'],
    // Legacy tokens have 20 characters; routable ones end in ".<2 hex><7 base36>".
    pattern: /(?<![\w-])glpat-(?:[\w-]{27,300}\.[0-9a-z]{9}|[\w-]{20})(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'gitlab-runner-token',
    description: 'GitLab runner authentication token',
    keywords: ['glrt-'],
    pattern: /(?<![\w-])glrt-(?:t\d_[\w-]{27,300}\.[0-9a-z]{9}|[\w-]{20})(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'gitlab-token',
    description: 'GitLab deploy, feed, SCIM, feature-flag, CI job or pipeline trigger token',
    keywords: ['gldt-', 'glft-', 'glsoat-', 'glffct-', 'glcbt-', 'glptt-', 'glimt-', 'gr1348941'],
    pattern:
      /(?<![\w-])(?:gl(?:dt|ft|soat|ffct)-[\w-]{20}|glcbt-(?:[0-9a-z]{1,5}_)?[\w-]{20}|glptt-[\w-]{40}|glimt-[\w-]{25}|GR1348941[\w-]{20})(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'gitlab-token',
    description: 'GitLab agent token or OAuth application secret',
    keywords: ['glagent-', 'gloas-'],
    pattern: /(?<![\w-])(?:glagent-[\w-]{50,1024}|gloas-[\w-]{64})(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'gitlab-session-cookie',
    description: 'GitLab session cookie',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9a-z])/dg,
  },
  {
    id: 'bitbucket-app-password',
    description: 'Bitbucket app password',
    keywords: ['atbb'],
    pattern: /(?<![\w-])ATBB[A-Za-z0-9_=.-]{28,64}(?![\w=.-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'atlassian-api-token',
    description: 'Atlassian API token',
    keywords: ['atatt3'],
    pattern: /(?<![\w-])ATATT3[\w=-]{150,250}(?![\w=-])/dg,
  },
];
