import { describe, expect, it } from "vitest";
import { countiesOf, countyByFips, findCounty } from "./counties";
import { countyAt } from "./county-at";

describe("counties", () => {
  it("lists Georgia's 159 counties with FIPS, names and centroids", () => {
    const georgia = countiesOf("GA");
    expect(georgia).toHaveLength(159);
    const fulton = georgia.find((c) => c.fips === "13121");
    expect(fulton).toMatchObject({ name: "Fulton", fullName: "Fulton County", stateCode: "GA" });
    // Fulton runs long from north-east to south-west; its centroid is just west of downtown.
    expect(fulton!.lat).toBeCloseTo(33.79, 1);
    expect(fulton!.lon).toBeCloseTo(-84.47, 1);
  });

  it("finds a county however it is written", () => {
    for (const text of [
      "Fulton County, GA",
      "Fulton, GA",
      "condado de Fulton, GA",
      "fulton county georgia",
    ]) {
      expect(findCounty(text)?.fips, text).toBe("13121");
    }
    expect(findCounty("Fulton", "GA")?.fips).toBe("13121");
    expect(findCounty("Miami-Dade County")?.fips).toBe("12086");
  });

  it("refuses a county name shared by several states when no state is given", () => {
    expect(findCounty("Fulton County")).toBeUndefined();
    expect(findCounty("Nowhere County, GA")).toBeUndefined();
  });

  it("names parishes, boroughs and independent cities as the Census does", () => {
    expect(findCounty("Orleans Parish, LA")).toMatchObject({
      fips: "22071",
      fullNameEs: "parroquia de Orleans",
    });
    expect(findCounty("Baltimore city, MD")?.fips).toBe("24510");
    expect(findCounty("Baltimore County, MD")?.fips).toBe("24005");
    expect(findCounty("Richmond, VA")?.fullName).toBe("Richmond County");
    expect(findCounty("Richmond city, VA")?.fips).toBe("51760");
    expect(findCounty("Carson City, NV")?.fullName).toBe("Carson City");
    expect(findCounty("James City County, VA")?.fips).toBe("51095");
    expect(countyByFips("02020")?.fullName).toBe("Anchorage Municipality");
    expect(countyByFips("72127")?.fullName).toBe("San Juan Municipio");
  });

  it("puts a point in the county that contains it", () => {
    expect(countyAt(33.749, -84.388)).toBe("13121"); // Atlanta City Hall
    expect(countyAt(33.7748, -84.2963, "GA")).toBe("13089"); // Decatur, DeKalb County
    expect(countyAt(0, 0)).toBeUndefined();
  });
});
