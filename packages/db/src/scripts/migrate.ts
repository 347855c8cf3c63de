import { configuredDatabase } from "../runtime";

const handle = configuredDatabase();
try {
  await handle.migrate();
  console.log(`Migrations applied (${handle.engine}).`);
} finally {
  await handle.close();
}
