// The support bot's entry point (a sketch): it calls the actions defined in ../actions.
const { createBot } = require('./framework');

// Payments for refunds. A live key pasted here "just for testing".
const stripe = require('stripe')('sk_live_51HqJ2bK8mZP4xVnQ7rT3sLwY9cFgD0eUaBhN6jR5kMpX2vW8yZtC4');

const bot = createBot({
  actions: ['../actions/orders.actions.yaml', '../actions/crm.actions.yaml'],
  // Read from the environment: this is how it should look.
  openAiKey: process.env.OPENAI_API_KEY,
});

module.exports = { bot, stripe };
