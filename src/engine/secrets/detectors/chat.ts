// Chat platforms: Slack tokens and webhooks, Discord bot tokens and webhooks, Telegram bots, Microsoft Teams webhooks.

import type { SecretDetector } from '../types';

const hasLetterAndDigit = (secret: string): boolean => /[A-Za-z]/.test(secret.slice(5)) && /\d/.test(secret);

export const CHAT_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'slack-token',
    description: 'Slack bot token',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9])xoxb-\d{6,14}-(?:\d{6,14}-)?[A-Za-z0-9]{10,40}(?![A-Za-z0-9])/dg,
    validate: hasLetterAndDigit,
  },
  {
    id: 'slack-token',
    description: 'Slack user token',
    keywords: ['xoxp-', 'xoxe-'],
    pattern: /(?<![A-Za-z0-9])xox[pe]-\d{6,14}-\d{6,14}-\d{6,14}-[A-Za-z0-9]{10,64}(?![A-Za-z0-9])/dg,
    validate: hasLetterAndDigit,
  },
  {
    id: 'slack-token',
    description: 'Slack legacy token',
    keywords: ['xoxo-', 'xoxs-'],
    pattern: /(?<![A-Za-z0-9])xox[os]-\d{4,14}-\d{4,14}-\d{4,14}-[a-fA-F0-9]{6,64}(?![A-Za-z0-9])/dg,
  },
  {
    id: 'slack-token',
    description: 'Slack workspace access or refresh token',
    keywords: ['xoxa-', 'xoxr-'],
    pattern: /(?<![A-Za-z0-9])xox[ar]-(?:\d-)?[A-Za-z0-9]{6,48}(?:-[A-Za-z0-9]{4,64}){0,4}(?![A-Za-z0-9])/dg,
    validate: (secret) => secret.length >= 16 && /\d/.test(secret),
  },
  {
    id: 'slack-token',
    description: 'Slack configuration token',
    keywords: ['xoxe.xox', 'xoxe-'],
    pattern: /(?<![A-Za-z0-9])xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{100,200}(?![A-Za-z0-9])/dg,
    minEntropy: 3,
  },
  {
    id: 'slack-token',
    description: 'Slack app-level token',
    keywords: ['xapp-'],
    pattern: /(?<![A-Za-z0-9])xapp-\d-[A-Za-z0-9]{6,20}-\d{6,20}-[A-Za-z0-9]{32,128}(?![A-Za-z0-9])/dg,
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,200}/dg,
  },
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL',
    keywords: ['discord'],
    pattern: /https?:\/\/(?:canary\.|ptb\.)?discord(?:app)?\.com\/api\/webhooks\/\d{16,20}\/[\w-]{60,70}/dg,
  },
  {
    id: 'discord-bot-token',
    description: 'Discord bot token',
    // The first part is the bot's user id in base64: no fixed prefix, so the pattern runs over the whole text.
    keywords: [],
    pattern: /(?<![\w-])[MNO][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'telegram-bot-token',
    description: 'Telegram bot token',
    keywords: [':aa', 'telegram'],
    // "<bot id>:" + 35 characters that start with "A".
    // Also inside Bot API URLs: https://api.telegram.org/bot<token>/sendMessage.
    pattern: /(?:(?<![\w:])|(?<=\/bot))\d{5,16}:A[\w-]{34}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'microsoft-teams-webhook-url',
    description: 'Microsoft Teams incoming webhook URL',
    keywords: ['webhook.office.com'],
    pattern:
      /https:\/\/[a-z0-9-]+\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}/dgi,
  },
];
