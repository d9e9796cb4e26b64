-- AlterTable
ALTER TABLE "PracticeSession" ADD COLUMN "questionId" TEXT;

-- CreateTable
CREATE TABLE "StoryTheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    CONSTRAINT "StoryTheme_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MockLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    CONSTRAINT "MockLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MockQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mockLinkId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "partnerName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "scoredAt" DATETIME,
    CONSTRAINT "MockQuestion_mockLinkId_fkey" FOREIGN KEY ("mockLinkId") REFERENCES "MockLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MockQuestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PracticeSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mockQuestionId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    CONSTRAINT "PartnerScore_mockQuestionId_fkey" FOREIGN KEY ("mockQuestionId") REFERENCES "MockQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "StoryTheme_storyId_theme_key" ON "StoryTheme"("storyId", "theme");

-- CreateIndex
CREATE UNIQUE INDEX "MockLink_tokenHash_key" ON "MockLink"("tokenHash");

-- CreateIndex
CREATE INDEX "MockLink_userId_createdAt_idx" ON "MockLink"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MockQuestion_sessionId_key" ON "MockQuestion"("sessionId");

-- CreateIndex
CREATE INDEX "MockQuestion_mockLinkId_position_idx" ON "MockQuestion"("mockLinkId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerScore_mockQuestionId_area_key" ON "PartnerScore"("mockQuestionId", "area");
