import { apiInfo, hsdsResponse, optionsResponse } from "@puente/hsds/api";

/** HSDS 3.0 API root: which version and profile this API speaks (packages/hsds/README.md). */
export function GET() {
  return hsdsResponse(async () => apiInfo());
}

export const OPTIONS = optionsResponse;
