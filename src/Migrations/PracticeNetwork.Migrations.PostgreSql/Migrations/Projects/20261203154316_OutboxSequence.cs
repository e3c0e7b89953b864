using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.PostgreSql.Migrations.Projects
{
    /// <inheritdoc />
    public partial class OutboxSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProjectsOutbox_ProcessedAt_OccurredAt",
                table: "ProjectsOutbox");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "ProjectsOutbox",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectsOutbox_ProcessedAt_Sequence",
                table: "ProjectsOutbox",
                columns: new[] { "ProcessedAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProjectsOutbox_ProcessedAt_Sequence",
                table: "ProjectsOutbox");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "ProjectsOutbox");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectsOutbox_ProcessedAt_OccurredAt",
                table: "ProjectsOutbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }
    }
}
