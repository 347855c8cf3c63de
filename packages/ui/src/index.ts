export { Alert } from "./alert";
export { Button } from "./button";
export { TextField, TextArea, SelectField } from "./field";
export { PageHeader, Section, VisuallyHidden } from "./layout";
export { QuickExit } from "./quick-exit";
export { TableScroll } from "./table-scroll";
