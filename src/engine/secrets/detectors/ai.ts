// AI providers: OpenAI, Anthropic, Hugging Face, Groq, Perplexity, Replicate, LangSmith, xAI, ElevenLabs.
// Cohere and Mistral keys have no distinctive format; the key-name heuristic finds them (CO_API_KEY=...).

import type { SecretDetector } from '../types';

export const AI_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'openai-api-key',
    description: 'OpenAI API key',
    // Every OpenAI key embeds "T3BlbkFJ" (base64 of "OpenAI").
    keywords: ['t3blbkfj'],
    pattern: /(?<![\w-])sk-(?:(?:proj|svcacct|admin|None)-)?[\w-]{16,200}T3BlbkFJ[\w-]{16,200}(?![\w-])/dg,
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    keywords: ['sk-ant-'],
    pattern: /(?<![\w-])sk-ant-(?:api|admin)\d{2}-[\w-]{90,96}AA(?![\w-])/dg,
  },
  {
    id: 'huggingface-token',
    description: 'Hugging Face access token',
    keywords: ['hf_', 'api_org_'],
    pattern: /(?<![A-Za-z0-9])(?:hf_|api_org_)[A-Za-z]{34}(?![A-Za-z0-9])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'groq-api-key',
    description: 'Groq API key',
    keywords: ['gsk_'],
    pattern: /(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])/dg,
  },
  {
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    keywords: ['pplx-'],
    pattern: /(?<![\w-])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9])/dg,
  },
  {
    id: 'replicate-api-token',
    description: 'Replicate API token',
    keywords: ['r8_'],
    pattern: /(?<![\w-])r8_[A-Za-z0-9]{37}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'langsmith-api-key',
    description: 'LangSmith API key',
    keywords: ['lsv2_'],
    pattern: /(?<![\w-])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![\w-])/dg,
  },
  {
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key',
    keywords: ['sk_'],
    pattern: /(?<![\w-])sk_[a-f0-9]{48}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'xai-api-key',
    description: 'xAI API key',
    keywords: ['xai-'],
    pattern: /(?<![\w-])xai-[A-Za-z0-9]{80}(?![\w-])/dg,
  },
];
