-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "templateKey" TEXT,
    "title" TEXT NOT NULL,
    "why" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL,
    "phase" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "skillArea" TEXT,
    "status" TEXT NOT NULL DEFAULT 'todo',
    "note" TEXT NOT NULL DEFAULT '',
    "custom" BOOLEAN NOT NULL DEFAULT false,
    "statusChangedAt" DATETIME,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlanItem" ("archivedAt", "category", "createdAt", "custom", "detail", "id", "note", "phase", "planId", "position", "skillArea", "status", "statusChangedAt", "templateKey", "title", "updatedAt", "version") SELECT "archivedAt", "category", "createdAt", "custom", "detail", "id", "note", "phase", "planId", "position", "skillArea", "status", "statusChangedAt", "templateKey", "title", "updatedAt", "version" FROM "PlanItem";
DROP TABLE "PlanItem";
ALTER TABLE "new_PlanItem" RENAME TO "PlanItem";
CREATE INDEX "PlanItem_planId_phase_position_idx" ON "PlanItem"("planId", "phase", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
