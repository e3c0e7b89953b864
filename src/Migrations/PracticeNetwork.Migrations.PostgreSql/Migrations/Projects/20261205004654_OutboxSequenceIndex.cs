using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.PostgreSql.Migrations.Projects
{
    /// <inheritdoc />
    public partial class OutboxSequenceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ProjectsOutbox_Sequence",
                table: "ProjectsOutbox",
                column: "Sequence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProjectsOutbox_Sequence",
                table: "ProjectsOutbox");
        }
    }
}
