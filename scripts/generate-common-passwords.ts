// Writes src/server/auth/common-passwords.txt: the 10,000 most common passwords, most common first,
// taken from @zxcvbn-ts/language-common's frequency-ranked list. Run once when that package is upgraded;
// the file is committed so the app never depends on a dev package at run time.
import { writeFileSync } from "node:fs";
import { dictionary } from "@zxcvbn-ts/language-common";

const ranked = dictionary["passwords-common"];
const top = ranked.slice(0, 10_000).map((p) => p.toLowerCase());
const unique = [...new Set(top)];
writeFileSync(new URL("../src/server/auth/common-passwords.txt", import.meta.url), unique.join("\n") + "\n");
console.log(`wrote ${unique.length} passwords`);
