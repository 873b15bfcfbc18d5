import { config as loadDotenv } from "dotenv";
import { prepareDatabase } from "./setup.js";

// `npm run db:setup`: create the database if needed, migrate, seed reference data.
loadDotenv({ quiet: true });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Configuration error: DATABASE_URL is missing (see .env.example)");
  process.exit(1);
}
await prepareDatabase(url);
console.log("Database ready.");
