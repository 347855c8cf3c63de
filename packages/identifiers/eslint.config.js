import base from "@puente/eslint-config/base";
export default base;
