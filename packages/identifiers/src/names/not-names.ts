/**
 * Capitalized words that mark a run of capitalized words as something other than a person: an
 * organization ("Mary Hall Freedom House"), a place ("Henry County", "San José", "Dalton,
 * Georgia"), a legal term ("Supplement B") or a date. Lower-cased, accents removed.
 */
const organizationWords =
  "center centre centro house casa shelter refugio clinic clinica project proyecto services service servicios legal law ley firm office oficina court corte tribunal judge juez jueza immigration inmigracion department departamento agency agencia church iglesia parroquia foundation fundacion alliance alianza coalition coalicion network red association asociacion society sociedad institute instituto university universidad college school escuela hospital health salud fund fondo charities caridades catholic catolica ministries ministry ministerio community comunidad council consejo committee comite program programa partners group grupo inc llc corp company bank police policia sheriff detention detencion federal national nacional united unidos justice justicia hotline linea safe segura seguro hope esperanza haven home hogar women mujeres mujer families familias family familia advocates defensores rights derechos bar colegio attorney abogado abogada associates asociados pllc pc";
const placeWords =
  "st ave av rd blvd dr ln ct pl pkwy hwy highway boulevard drive lane parkway trail terrace circle route interstate freeway expressway calle avenida carrera calzada county condado parish city ciudad town township village beach playa springs falls heights hills valley valle grove harbor bay bahia point ridge creek station estacion junction mountain montana gardens plaza mall airport aeropuerto port puerto street avenue road park parque lake lago river rio mount fort saint san santa santo los las el la new nueva north norte south sur east este west oeste state estado states estados america american americas mexico guatemala honduras salvador nicaragua cuba colombia venezuela peru ecuador haiti brazil brasil spain espana dominican dominicana republic republica puerto rico costa rica panama bolivia chile argentina uruguay paraguay canada india china atlanta georgia alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont virginia washington wisconsin wyoming columbia gwinnett cobb dekalb fulton clayton cherokee forsyth whitfield hall henry douglas chatham richmond muscogee bibb";
const legalWords =
  "visa supplement suplemento form formulario act section seccion usc cfr uscis ice cbp eoir bia dhs vawa daca sijs tps asylum asilo removal deportation deportacion petition peticion notice aviso receipt recibo hearing audiencia case caso referral referencia consent consentimiento";
const timeWords =
  "january february march july september october november december enero febrero marzo mayo junio agosto septiembre setiembre octubre noviembre diciembre monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado";
const languageWords =
  "spanish english espanol ingles portuguese portugues french frances creole criollo haitian vietnamese chinese mam kiche quiche qanjobal mixteco zapoteco nahuatl arabic arabe";

export const notNameWords = new Set(
  [organizationWords, placeWords, legalWords, timeWords, languageWords].join(" ").split(" "),
);

/**
 * Given names that are also everyday words, places or titles ("Will", "May", "Grace", "Judge",
 * "Mercedes", "Dolores", "Luz", "Paz", "Georgia", "Jackson"). Alone they say nothing; they count as
 * a name only next to a known surname or after a cue such as "her daughter".
 */
export const ambiguousGivenNames = new Set(
  (
    "will may april june august grace hope faith joy judge georgia virginia carolina dakota austin jackson madison dalton clayton marion henry douglas lee " +
    "ella elle come name una era santos caridad guadalupe domingo abril julio modesto mercedes dolores luz cruz salvador santiago victoria angel angeles esperanza amparo consuelo gloria soledad rosario concepcion reyes jesus pilar alba " +
    "bell wade ray grant bill mark king major prince hunter chase sterling crystal ruby pearl iris ivy holly misty summer dawn rose sandy eden nova guy art " +
    "don carol lane royal rich cash trinity heaven harmony destiny justice liberty unique precious mercy patience charity constance ernest frank sunny stone " +
    "forest river brook dale glen cliff ford miles price hardy noble christian jordan israel chad kenya asia america columbus orlando phoenix denver dallas " +
    "houston paris florence charlotte savannah augusta macon helena regina sydney lincoln washington franklin marshall warren monroe jefferson lafayette " +
    "clay early gray green brown white black young long rose north west love ocean sky storm autumn star rain page sage case chance june rocky fair " +
    "mario camino paloma blanca nieves aurora estrella lucero rocio violeta ventura fortuna mar sol cielo"
  ).split(" "),
);
