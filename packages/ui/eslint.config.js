import react from "@puente/eslint-config/react";
export default react;
