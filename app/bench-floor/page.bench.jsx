// Built only by `npm run bench` (next.config.ts, pageExtensions): the benchmark's bare list
// page (bench/bare-app/app/list), served as a page of this app, with its root layout and
// proxy.ts. /gallery is compared with both; this page is the floor any page of the app starts
// from. It takes the user from the query as the bare page does, and never ships.
export { default } from "../../bench/bare-app/app/list/page.jsx";
