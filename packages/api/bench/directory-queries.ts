/** Representative searches, each over several places so no single cached plan flatters it. */
export const benchQueries = [
  {
    name: "ZIP + 50 mi + U visa + Spanish",
    inputs: ["30303", "77002", "60601", "10001", "90012", "85004", "98101", "33130"].map((place) => ({
      place,
      radius: 50,
      services: ["u-visa"],
      languages: ["es"],
    })),
  },
  {
    name: "text with a typo",
    inputs: [{ q: "inmigrasion" }, { q: "refujio" }, { q: "legal advokacy" }, { q: "Esperansa" }, { q: "hotlin" }],
  },
  {
    name: "statewide",
    inputs: ["California", "Texas", "Georgia", "New York", "Nebraska", "Florida"].map((place) => ({ place, radius: "state" as const })),
  },
];
