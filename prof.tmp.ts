import { scoreAssessment } from "./src/domain/assessment";
import { NEUTRAL_INPUT } from "./tests/unit/assessment/fixtures";
let s=0; const t=process.hrtime.bigint();
for (let i=0;i<20000;i++) s+=scoreAssessment({...NEUTRAL_INPUT, riskTolerance: 1+(i%5), wantsMentorship: 1+(i%3)}).paths[0]!.fit;
console.log(Number(process.hrtime.bigint()-t)/20000/1000, "us", s);
