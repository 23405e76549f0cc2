-- CreateEnum
CREATE TYPE "Strategy" AS ENUM ('ACKNOWLEDGE', 'LISTEN', 'CALM', 'SEEK_HELP', 'POSITIVE', 'PATIENCE', 'LOVE');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('ASSIGNED', 'SUBMITTED', 'RETURNED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('REVIEWED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ExerciseReminderKind" AS ENUM ('DUE_SOON', 'OVERDUE');

-- CreateTable
CREATE TABLE "Exercise" (
    "id" TEXT NOT NULL,
    "builtInKey" TEXT,
    "ownerId" TEXT,
    "copiedFromId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseVersion" (
    "id" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "strategy" "Strategy" NOT NULL,
    "instructions" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "prompts" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExerciseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseAssignment" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "sharedWithFamily" BOOLEAN NOT NULL DEFAULT false,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ASSIGNED',
    "draft" JSONB,
    "draftSavedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExerciseAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseSubmission" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewComment" TEXT,
    "outcome" "ReviewOutcome",
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "ExerciseSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseReminderDelivery" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "kind" "ExerciseReminderKind" NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExerciseReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Exercise_builtInKey_key" ON "Exercise"("builtInKey");

-- CreateIndex
CREATE INDEX "Exercise_ownerId_idx" ON "Exercise"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseVersion_exerciseId_version_key" ON "ExerciseVersion"("exerciseId", "version");

-- CreateIndex
CREATE INDEX "ExerciseAssignment_familyId_dueAt_idx" ON "ExerciseAssignment"("familyId", "dueAt");

-- CreateIndex
CREATE INDEX "ExerciseAssignment_assigneeId_dueAt_idx" ON "ExerciseAssignment"("assigneeId", "dueAt");

-- CreateIndex
CREATE INDEX "ExerciseAssignment_status_dueAt_idx" ON "ExerciseAssignment"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseSubmission_assignmentId_number_key" ON "ExerciseSubmission"("assignmentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseReminderDelivery_assignmentId_kind_key" ON "ExerciseReminderDelivery"("assignmentId", "kind");

-- AddForeignKey
ALTER TABLE "Exercise" ADD CONSTRAINT "Exercise_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseVersion" ADD CONSTRAINT "ExerciseVersion_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ExerciseVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseSubmission" ADD CONSTRAINT "ExerciseSubmission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ExerciseAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseReminderDelivery" ADD CONSTRAINT "ExerciseReminderDelivery_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ExerciseAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
