// AI provider formats: OpenAI, Anthropic, Hugging Face, Groq, Perplexity, Replicate.

import { ALNUM, expectClean, expectSecret, fake, LETTERS, URL_SAFE } from './fake-secrets';

describe('secret detector: AI providers', () => {
  it('reports OpenAI project and legacy keys', () => {
    const project = `sk-proj-${fake(74, URL_SAFE)}T3BlbkFJ${fake(74, URL_SAFE)}`;
    expectSecret(`OPENAI_API_KEY=${project}`, project, 'openai-api-key');
    const legacy = `sk-${fake(20, ALNUM)}T3BlbkFJ${fake(20, ALNUM)}`;
    expectSecret(`openai.api_key = "${legacy}"`, legacy, 'openai-api-key');
  });

  it('reports an Anthropic API key and ignores malformed ones', () => {
    const key = `sk-ant-api03-${fake(93, URL_SAFE)}AA`;
    expectSecret(`client = anthropic.Anthropic(api_key="${key}")`, key, 'anthropic-api-key');
    expectClean('sk-ant-api03-notarealkey\nssk-ant-api04-NotARealKeyButLooksLikeOne');
  });

  it('reports Hugging Face user and organisation tokens', () => {
    const user = `hf_${fake(34, LETTERS)}`;
    expectSecret(`huggingface-cli login --token ${user}`, user, 'huggingface-token');
    const org = `api_org_${fake(34, LETTERS)}`;
    expectSecret(`HF_ORG_TOKEN='${org}'`, org, 'huggingface-token');
    expectClean('hf_abc');
  });

  it('reports Groq, Perplexity and Replicate keys', () => {
    const groq = `gsk_${fake(52, ALNUM)}`;
    expectSecret(`GROQ_API_KEY=${groq}`, groq, 'groq-api-key');
    const perplexity = `pplx-${fake(48, ALNUM)}`;
    expectSecret(`"perplexity": "${perplexity}"`, perplexity, 'perplexity-api-key');
    const replicate = `r8_${fake(37, ALNUM)}`;
    expectSecret(`REPLICATE_API_TOKEN=${replicate}`, replicate, 'replicate-api-token');
  });

  it('reports an ElevenLabs API key, not a Stripe key', () => {
    const key = `sk_${fake(48, '0123456789abcdef')}`;
    expectSecret(`const eleven = new ElevenLabsClient("${key}");`, key, 'elevenlabs-api-key');
  });
});
