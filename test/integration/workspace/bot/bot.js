// The support bot's entry point. quick-fix.test.ts moves the hard-coded token below into .env.
const apiToken = "Vb4nQ9sLk2Wm7Xc1Rt6Yp3Hz8Jd5";

module.exports = { apiToken };
