-- CreateTable
CREATE TABLE "PracticeSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "withWhom" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeScore" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "PracticeScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PracticeSession_userId_heldOn_idx" ON "PracticeSession"("userId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeScore_sessionId_area_key" ON "PracticeScore"("sessionId", "area");

-- AddForeignKey
ALTER TABLE "PracticeSession" ADD CONSTRAINT "PracticeSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeScore" ADD CONSTRAINT "PracticeScore_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PracticeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
