-- CreateTable
CREATE TABLE "ResumeBullet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "storyId" TEXT,
    "text" TEXT NOT NULL,
    "storyUpdatedAt" DATETIME,
    "position" INTEGER NOT NULL,
    CONSTRAINT "ResumeBullet_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResumeBullet_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "roleTitle" TEXT NOT NULL,
    "link" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'researching',
    "followUpOn" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "lesson" TEXT NOT NULL DEFAULT '',
    "feedbackFrom" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "jobDescription" TEXT NOT NULL DEFAULT '',
    "whyCompany" TEXT NOT NULL DEFAULT '',
    "bulletsVersion" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("company", "createdAt", "feedbackFrom", "followUpOn", "id", "kind", "lesson", "link", "notes", "roleTitle", "stage", "updatedAt", "userId", "version") SELECT "company", "createdAt", "feedbackFrom", "followUpOn", "id", "kind", "lesson", "link", "notes", "roleTitle", "stage", "updatedAt", "userId", "version" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE INDEX "Application_userId_stage_idx" ON "Application"("userId", "stage");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ResumeBullet_applicationId_position_idx" ON "ResumeBullet"("applicationId", "position");
