import { resolve } from "node:path";
import { config as loadDotenv } from "dotenv";
import { importCountyFile } from "./county-import.js";
import { createDb } from "./prisma.js";

// `npm run reference:import -- <file>`: load a province's counties from a CSV or JSON file (README, "Provinces and counties").
loadDotenv({ quiet: true });
const url = process.env.DATABASE_URL;
const [file] = process.argv.slice(2);
if (!url || !file) {
  console.error(
    !url ? "Configuration error: DATABASE_URL is missing (see .env.example)" : "Usage: npm run reference:import -- <file.csv|file.json>",
  );
  process.exit(1);
}
const db = createDb(url);
try {
  const result = await importCountyFile(db, resolve(process.env.INIT_CWD ?? process.cwd(), file));
  if (!result.ok) {
    console.error(`Nothing imported; the file has ${result.errors.length} problem(s):`);
    for (const error of result.errors) console.error(`  ${error}`);
    process.exitCode = 1;
  } else {
    const { created, updated, unchanged, neighboursAdded } = result;
    console.log(`Imported: ${created} counties added, ${updated} renamed, ${unchanged} unchanged; ${neighboursAdded} borders added.`);
  }
} finally {
  await db.$disconnect();
}
