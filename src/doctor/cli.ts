import { config as loadDotenv } from "dotenv";
import { ConfigError, loadConfig } from "../config.js";
import { createI18n } from "../i18n.js";
import { createLogger } from "../logger.js";
import { formatFindings, runDoctor } from "./checks.js";

// `npm run doctor`: what works on each configured messenger (README, "Running on Bale").
loadDotenv({ quiet: true });
try {
  const config = loadConfig();
  const findings = await runDoctor(config, createI18n(), createLogger("warn"));
  console.log(formatFindings(findings));
  // A refused command menu is a finding, not a failure: the bot works without one.
  process.exit(findings.some((f) => !f.ok && f.check !== "setMyCommands") ? 1 : 0);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
