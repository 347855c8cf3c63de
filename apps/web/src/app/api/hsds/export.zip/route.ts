import { getDatabase } from "@puente/db/runtime";
import { errorResponse, zipResponse } from "@puente/hsds/api";
import { exportHsdsZip } from "@puente/hsds/export";

export const dynamic = "force-dynamic";

/** The public directory as an HSDS CSV datapackage, zipped in memory (packages/hsds/README.md, Export). */
export async function GET() {
  try {
    const now = new Date();
    const zip = await exportHsdsZip((await getDatabase()).db, now);
    return zipResponse(zip, `puente-hsds-${now.toISOString().slice(0, 10)}.zip`);
  } catch (error) {
    return errorResponse(error);
  }
}
