-- DropForeignKey
ALTER TABLE "Exercise" DROP CONSTRAINT "Exercise_ownerId_fkey";

-- DropForeignKey
ALTER TABLE "ExerciseVersion" DROP CONSTRAINT "ExerciseVersion_exerciseId_fkey";

-- DropForeignKey
ALTER TABLE "ExerciseAssignment" DROP CONSTRAINT "ExerciseAssignment_familyId_fkey";

-- DropForeignKey
ALTER TABLE "ExerciseAssignment" DROP CONSTRAINT "ExerciseAssignment_assigneeId_fkey";

-- DropForeignKey
ALTER TABLE "ExerciseAssignment" DROP CONSTRAINT "ExerciseAssignment_assignedById_fkey";

-- DropForeignKey
ALTER TABLE "ExerciseSubmission" DROP CONSTRAINT "ExerciseSubmission_assignmentId_fkey";

-- AddForeignKey
ALTER TABLE "Exercise" ADD CONSTRAINT "Exercise_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseVersion" ADD CONSTRAINT "ExerciseVersion_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseAssignment" ADD CONSTRAINT "ExerciseAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseSubmission" ADD CONSTRAINT "ExerciseSubmission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ExerciseAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
