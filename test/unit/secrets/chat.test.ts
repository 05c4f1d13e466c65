// Chat platform formats: Slack, Discord, Telegram, Microsoft Teams.

import { ALNUM, DIGITS, expectClean, expectSecret, fake, HEX, UPPER_DIGITS, URL_SAFE } from './fake-secrets';

describe('secret detector: chat platforms', () => {
  it('reports Slack bot, user and app-level tokens', () => {
    const bot = `xoxb-${fake(12, DIGITS)}-${fake(13, DIGITS)}-${fake(24, ALNUM)}`;
    expectSecret(`SLACK_BOT_TOKEN=${bot}`, bot, 'slack-token');
    const user = `xoxp-${fake(11, DIGITS)}-${fake(12, DIGITS)}-${fake(12, DIGITS)}-${fake(32, HEX)}`;
    expectSecret(`"slack": { "token": "${user}" }`, user, 'slack-token');
    const app = `xapp-1-A${fake(10, UPPER_DIGITS)}-${fake(13, DIGITS)}-${fake(64, HEX)}`;
    expectSecret(`app_token: '${app}'`, app, 'slack-token');
  });

  it('reports a Slack incoming webhook URL', () => {
    const url = `https://hooks.slack.com/services/T${fake(8, UPPER_DIGITS)}/B${fake(10, UPPER_DIGITS)}/${fake(24, ALNUM)}`;
    expectSecret(`notify:\n  webhook: ${url}\n`, url, 'slack-webhook-url');
  });

  it('ignores Slack look-alikes and documentation URLs', () => {
    expectClean('xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx');
    expectClean('xoxb-12345-abcd234');
    expectClean('See https://api.slack.com/web for the methods.');
    expectClean('https://hooks.slack.com/services/TXXXXXX/BXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX');
  });

  it('reports a Discord bot token without any keyword around it', () => {
    const token = `MT${fake(24, ALNUM)}.${fake(6, URL_SAFE)}.${fake(27, URL_SAFE)}`;
    expectSecret(`client.login('${token}');`, token, 'discord-bot-token');
  });

  it('reports a Discord webhook URL', () => {
    const url = `https://discord.com/api/webhooks/${fake(18, DIGITS)}/${fake(68, URL_SAFE)}`;
    expectSecret(`DISCORD_WEBHOOK=${url}`, url, 'discord-webhook-url');
  });

  it('reports a Telegram bot token, but not one with a word glued before it', () => {
    const token = `${fake(10, DIGITS)}:AA${fake(33, URL_SAFE)}`;
    expectSecret(`bot = telebot.TeleBot("${token}")`, token, 'telegram-bot-token');
    expectClean(`bot${token}`);
  });

  it('reports a Microsoft Teams incoming webhook URL', () => {
    const guid = (): string => `${fake(8, HEX)}-${fake(4, HEX)}-${fake(4, HEX)}-${fake(4, HEX)}-${fake(12, HEX)}`;
    const url = `https://contoso.webhook.office.com/webhookb2/${guid()}@${guid()}/IncomingWebhook/${fake(32, HEX)}/${guid()}`;
    expectSecret(`teams_url: ${url}`, url, 'microsoft-teams-webhook-url');
  });

  it('reports a Telegram bot token inside a Bot API URL', () => {
    const token = `${fake(10, DIGITS)}:AA${fake(33, URL_SAFE)}`;
    expectSecret(`requests.get(f"https://api.telegram.org/bot${token}/sendMessage")`, token, 'telegram-bot-token');
  });
});
