/**
 * Where the seeded directory puts its programs. Every state and DC gets real cities (resolved
 * through @puente/geo, so ZIP, county and centroid are real), real area codes (numbers stay in
 * the fictional 555-01xx range) and the languages its immigrant communities actually speak,
 * so a search for Somali in Minnesota or Haitian Creole in Florida finds something.
 */
export interface StateProfile {
  code: string;
  /** Relative share of generated programs: roughly the state's immigrant population. */
  weight: number;
  areaCodes: readonly string[];
  /** ISO 639 codes besides English and Spanish, most spoken first. */
  languages: readonly string[];
  /** The first city is where statewide programs keep their office. */
  cities: readonly string[];
}

type Row = [code: string, weight: number, areaCodes: string, languages: string, cities: string];

// prettier-ignore
const ROWS: Row[] = [
  ["AL", 2, "205 251 256 334", "vi ko zh", "Montgomery|Birmingham|Huntsville|Mobile|Albertville|Dothan"],
  ["AK", 1, "907", "tl ko sm hmn", "Anchorage|Fairbanks|Juneau|Wasilla"],
  ["AZ", 4, "602 480 520 928", "vi ar so nv", "Phoenix|Tucson|Mesa|Yuma|Flagstaff|Nogales|Tempe"],
  ["AR", 2, "501 479 870", "mh vi", "Little Rock|Springdale|Fort Smith|Rogers|Jonesboro"],
  ["CA", 14, "213 323 415 510 619 559 408 714 916 909 818 831 661 760", "zh vi tl ko ar hy fa pa ru", "Sacramento|Los Angeles|San Diego|San Jose|Fresno|Oakland|Santa Ana|Riverside|Salinas|Bakersfield|San Francisco|Oxnard|Stockton|El Centro|Long Beach|Watsonville"],
  ["CO", 3, "303 720 970 719", "vi am so ar", "Denver|Aurora|Colorado Springs|Greeley|Grand Junction|Fort Collins"],
  ["CT", 2, "203 860", "pt ht pl", "Hartford|New Haven|Bridgeport|Stamford|Danbury|Waterbury"],
  ["DE", 1, "302", "ht zh", "Dover|Wilmington|Georgetown|Newark"],
  ["DC", 2, "202", "am vi fr zh", "Washington"],
  ["FL", 9, "305 786 407 813 954 561 904 239 863", "ht pt vi ru fr", "Tallahassee|Miami|Orlando|Tampa|Jacksonville|Fort Myers|Homestead|Immokalee|West Palm Beach|Hialeah|Kissimmee|Fort Lauderdale"],
  ["GA", 6, "404 678 770 706 912 229", "vi ko zh am so ar", "Atlanta|Gainesville|Norcross|Marietta|Lawrenceville|Dalton|Savannah|Athens|Clarkston|Decatur|Duluth|Macon|Augusta"],
  ["HI", 1, "808", "tl ja ko zh vi", "Honolulu|Hilo|Kahului|Kailua Kona"],
  ["ID", 1, "208", "ar sw", "Boise|Nampa|Twin Falls|Idaho Falls"],
  ["IL", 6, "312 773 708 630 847 217 309", "pl ar zh ko tl ur", "Springfield|Chicago|Aurora|Elgin|Waukegan|Cicero|Rockford|Joliet"],
  ["IN", 2, "317 219 260 574", "my zh", "Indianapolis|Fort Wayne|South Bend|Gary|Evansville|Elkhart"],
  ["IA", 1, "515 319 563 712", "vi sw fr my", "Des Moines|Cedar Rapids|Sioux City|Davenport|Marshalltown|Storm Lake"],
  ["KS", 1, "316 913 785 620", "vi so", "Topeka|Wichita|Kansas City|Garden City|Dodge City|Liberal"],
  ["KY", 1, "502 859 270 606", "ne so ar sw", "Frankfort|Louisville|Lexington|Bowling Green|Owensboro"],
  ["LA", 2, "504 225 337 318", "vi fr", "Baton Rouge|New Orleans|Lafayette|Shreveport|Kenner"],
  ["ME", 1, "207", "so ar fr pt", "Augusta|Portland|Lewiston|Bangor"],
  ["MD", 4, "301 410 240 443", "am ko zh fr vi", "Annapolis|Baltimore|Silver Spring|Gaithersburg|Hyattsville|Frederick|Salisbury"],
  ["MA", 4, "617 508 978 413 781", "pt ht zh vi km", "Boston|Lawrence|Worcester|Lowell|Springfield|New Bedford|Chelsea|Framingham"],
  ["MI", 3, "313 616 517 269 248", "ar bn my", "Lansing|Detroit|Dearborn|Grand Rapids|Hamtramck|Kalamazoo"],
  ["MN", 3, "612 651 507 218", "so hmn my am vi", "Saint Paul|Minneapolis|Rochester|Worthington|Willmar|Saint Cloud"],
  ["MS", 1, "601 662 228", "vi", "Jackson|Gulfport|Biloxi|Forest|Hattiesburg|Tupelo"],
  ["MO", 2, "314 816 417 573", "vi bs so ar", "Jefferson City|Saint Louis|Kansas City|Springfield|Columbia|Joplin"],
  ["MT", 1, "406", "ru", "Helena|Billings|Missoula|Great Falls"],
  ["NE", 1, "402 308", "my ar so vi", "Lincoln|Omaha|Grand Island|Lexington|Schuyler|Scottsbluff"],
  ["NV", 3, "702 775", "tl zh am", "Carson City|Las Vegas|Reno|Henderson|North Las Vegas"],
  ["NH", 1, "603", "ne ar fr", "Concord|Manchester|Nashua"],
  ["NJ", 6, "201 973 732 908 856 609", "pt ar ko hi ht zh tl", "Trenton|Newark|Paterson|Elizabeth|Jersey City|Union City|New Brunswick|Camden|Passaic|Vineland|Freehold"],
  ["NM", 2, "505 575", "vi nv", "Santa Fe|Albuquerque|Las Cruces|Farmington|Gallup|Roswell"],
  ["NY", 10, "212 718 347 917 516 631 914 716 585 315 518", "zh ru ht bn ko ar yi pl fr", "Albany|New York|Brooklyn|Bronx|Jamaica|Flushing|Hempstead|Brentwood|Buffalo|Rochester|Syracuse|Yonkers|Staten Island|Poughkeepsie|Utica"],
  ["NC", 4, "704 919 336 910 828 252", "vi ar hmn", "Raleigh|Charlotte|Durham|Greensboro|Siler City|Asheville|Wilmington|Fayetteville"],
  ["ND", 1, "701", "so ne ar sw", "Bismarck|Fargo|Grand Forks|Minot"],
  ["OH", 3, "614 216 513 419 937 330", "so ne ar fr", "Columbus|Cleveland|Cincinnati|Toledo|Dayton|Akron"],
  ["OK", 2, "405 918 580", "vi my", "Oklahoma City|Tulsa|Lawton|Guymon"],
  ["OR", 2, "503 541 971", "vi ru zh", "Salem|Portland|Eugene|Hillsboro|Medford|Woodburn|Hood River"],
  ["PA", 3, "215 412 717 610 484 570", "zh vi ne ar ht ru", "Harrisburg|Philadelphia|Pittsburgh|Allentown|Reading|Lancaster|Hazleton|Kennett Square"],
  ["RI", 1, "401", "pt km fr", "Providence|Pawtucket|Central Falls|Woonsocket"],
  ["SC", 2, "803 843 864", "vi ru", "Columbia|Charleston|Greenville|Spartanburg|Myrtle Beach"],
  ["SD", 1, "605", "am ne so", "Pierre|Sioux Falls|Huron|Rapid City"],
  ["TN", 3, "615 901 865 423 731", "ar ku so vi", "Nashville|Memphis|Knoxville|Chattanooga|Shelbyville|Morristown"],
  ["TX", 12, "713 832 281 214 972 210 512 915 956 817 432 806", "vi zh ar ur ko tl hi ne am", "Austin|Houston|Dallas|San Antonio|El Paso|McAllen|Brownsville|Laredo|Fort Worth|Harlingen|Odessa|Amarillo|Pasadena|Irving"],
  ["UT", 2, "801 385 435", "to sm so ne", "Salt Lake City|West Jordan|Provo|Ogden|Saint George"],
  ["VT", 1, "802", "ne sw ar", "Montpelier|Burlington|Winooski|Middlebury|Brattleboro"],
  ["VA", 4, "703 571 804 757 540 434", "ko vi am ar fa ur", "Richmond|Alexandria|Arlington|Virginia Beach|Harrisonburg|Charlottesville|Manassas|Woodbridge|Roanoke|Falls Church"],
  ["WA", 4, "206 253 425 509 360", "vi so ru uk zh am ko tl", "Olympia|Seattle|Tacoma|Yakima|Spokane|Wenatchee|Pasco|Kent|Everett|Bellingham|Vancouver"],
  ["WV", 1, "304 681", "ar", "Charleston|Morgantown|Huntington|Martinsburg"],
  ["WI", 2, "414 608 920 715", "hmn so ar my", "Madison|Milwaukee|Green Bay|Wausau|Racine|Sheboygan"],
  ["WY", 1, "307", "", "Cheyenne|Casper|Jackson|Rock Springs"],
];

export const stateProfiles: readonly StateProfile[] = ROWS.map(
  ([code, weight, areaCodes, languages, cities]) => ({
    code,
    weight,
    areaCodes: areaCodes.split(" "),
    languages: languages ? languages.split(" ") : [],
    cities: cities.split("|"),
  }),
);

const byCode = new Map(stateProfiles.map((p) => [p.code, p]));

export function stateProfile(code: string): StateProfile {
  const profile = byCode.get(code);
  if (!profile) throw new Error(`No seed profile for state ${code}`);
  return profile;
}

/** Display names for every language code the seed uses (HSDS language.name). */
// prettier-ignore
export const languageNames: Readonly<Record<string, string>> = {
  en: "English",
  es: "Spanish",
  vi: "Vietnamese",
  zh: "Chinese",
  ko: "Korean",
  tl: "Tagalog",
  ar: "Arabic",
  ht: "Haitian Creole",
  pt: "Portuguese",
  fr: "French",
  ru: "Russian",
  so: "Somali",
  am: "Amharic",
  hmn: "Hmong",
  hi: "Hindi",
  ur: "Urdu",
  bn: "Bengali",
  ne: "Nepali",
  my: "Burmese",
  sw: "Swahili",
  fa: "Persian",
  pa: "Punjabi",
  hy: "Armenian",
  pl: "Polish",
  uk: "Ukrainian",
  ku: "Kurdish",
  ja: "Japanese",
  km: "Khmer",
  mh: "Marshallese",
  nv: "Navajo",
  to: "Tongan",
  sm: "Samoan",
  yi: "Yiddish",
  bs: "Bosnian",
};
