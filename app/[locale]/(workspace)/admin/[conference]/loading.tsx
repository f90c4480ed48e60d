// Inside a conference the same skeleton, below the conference's navigation, which stays.
export { default } from "../loading";
