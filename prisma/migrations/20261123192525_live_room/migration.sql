-- CreateEnum
CREATE TYPE "RoomMessageKind" AS ENUM ('MESSAGE', 'PARAPHRASE', 'COACHING', 'EVENT');

-- CreateTable
CREATE TABLE "RoomState" (
    "sessionId" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoomState_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "RoomMessage" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "RoomMessageKind" NOT NULL,
    "senderId" TEXT,
    "clientId" TEXT,
    "text" TEXT NOT NULL,
    "recipientId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoomMessage_sessionId_seq_key" ON "RoomMessage"("sessionId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "RoomMessage_sessionId_senderId_clientId_key" ON "RoomMessage"("sessionId", "senderId", "clientId");

-- AddForeignKey
ALTER TABLE "RoomState" ADD CONSTRAINT "RoomState_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomMessage" ADD CONSTRAINT "RoomMessage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
