-- CreateEnum
CREATE TYPE "HeldStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ModerationOutcome" AS ENUM ('NUDGED', 'SENT_ANYWAY', 'HELD', 'BLOCKED', 'APPROVED', 'REJECTED', 'RETURNED');

-- AlterTable
ALTER TABLE "RoomState" ADD COLUMN     "rules" JSONB NOT NULL DEFAULT '{"preset": "standard"}';

-- AlterTable
ALTER TABLE "RoomMessage" ADD COLUMN     "moderation" JSONB;

-- CreateTable
CREATE TABLE "HeldMessage" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" "RoomMessageKind" NOT NULL,
    "text" TEXT NOT NULL,
    "findings" JSONB NOT NULL,
    "status" "HeldStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "HeldMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationLog" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "outcome" "ModerationOutcome" NOT NULL,
    "categories" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HeldMessage_sessionId_status_idx" ON "HeldMessage"("sessionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "HeldMessage_sessionId_senderId_clientId_key" ON "HeldMessage"("sessionId", "senderId", "clientId");

-- CreateIndex
CREATE INDEX "ModerationLog_sessionId_userId_idx" ON "ModerationLog"("sessionId", "userId");

-- AddForeignKey
ALTER TABLE "HeldMessage" ADD CONSTRAINT "HeldMessage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationLog" ADD CONSTRAINT "ModerationLog_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
