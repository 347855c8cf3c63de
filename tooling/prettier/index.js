/** @type {import("prettier").Config} */
export default { printWidth: 100, semi: true, singleQuote: false, trailingComma: "all" };
