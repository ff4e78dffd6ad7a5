# Provider side of a private cross-account integration (apply in the provider account, such as
# 222222222222): the "orders" ECS Fargate service behind an internal Network Load Balancer, offered
# to the API account as a VPC endpoint service (AWS PrivateLink). The API side is
# cross-account-consumer.tf.
#
# The setup of src/samples/cdk/cross-account-provider.ts, resource for resource, in Terraform.
#
#   terraform init && terraform apply -var api_account_id=111111111111
#   terraform output   # hand endpoint_service_name and zone_ids to the consumer

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.25.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "name" {
  description = "Prefix of every name this configuration gives"
  type        = string
  default     = "orders"
}

variable "api_account_id" {
  description = "The account that owns the API and may connect to the endpoint service, e.g. 111111111111"
  type        = string
}

# The consumer can place its endpoint only in zones where this NLB has a subnet.
variable "availability_zones" {
  description = "Zone names for the subnets, e.g. [\"us-east-1a\", \"us-east-1b\"]; pick zones whose IDs the consumer can use too. Empty: the first two zones"
  type        = list(string)
  default     = []
}

# ---- Network: two zones, public subnets with one NAT gateway, private subnets ------------------
# The tasks run in the private subnets and pull their image from Amazon ECR Public through the NAT.

# Zones only: Local Zones the account opted into would otherwise be listed too.
data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  zones = length(var.availability_zones) > 0 ? var.availability_zones : slice(data.aws_availability_zones.available.names, 0, 2)
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = var.name }
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  availability_zone       = local.zones[count.index]
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 2, count.index)
  map_public_ip_on_launch = true
  tags                    = { Name = "${var.name}-public-${count.index + 1}" }
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  availability_zone = local.zones[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 2, count.index + 2)
  tags              = { Name = "${var.name}-private-${count.index + 1}" }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "public" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "public_internet" {
  count                  = 2
  route_table_id         = aws_route_table.public[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[count.index].id
}

# One NAT gateway for both zones, as in the CDK sample: cheaper, but not zone-redundant.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public[0].id
  depends_on    = [aws_internet_gateway.main]
}

resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_nat" {
  count                  = 2
  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main.id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

# ---- Security groups: NLB -> tasks, port 80 --------------------------------------------------------
# Terraform removes the allow-all outbound rule AWS gives a new group, so each group starts closed
# both ways and holds only the rules below.

resource "aws_security_group" "nlb" {
  name        = "${var.name}-nlb"
  description = "Internal NLB behind the ${var.name} endpoint service"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks"
  description = "Fargate tasks of ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "nlb_to_tasks" {
  security_group_id            = aws_security_group.nlb.id
  referenced_security_group_id = aws_security_group.tasks.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} NLB"
}

resource "aws_vpc_security_group_ingress_rule" "tasks_from_nlb" {
  security_group_id            = aws_security_group.tasks.id
  referenced_security_group_id = aws_security_group.nlb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} NLB"
}

# The tasks reach out to pull their image.
resource "aws_vpc_security_group_egress_rule" "tasks_all" {
  security_group_id = aws_security_group.tasks.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Allow all outbound traffic"
}

# ---- Internal NLB, target group and listener ------------------------------------------------------

# Consumers arrive over PrivateLink from addresses in their own VPC, unknown here, so the NLB does
# not evaluate inbound rules for PrivateLink traffic: the endpoint service's allow list decides who
# connects. With no inbound rule, nothing else gets in.
resource "aws_lb" "orders" {
  name                                                         = "${var.name}-nlb"
  load_balancer_type                                           = "network"
  internal                                                     = true
  security_groups                                              = [aws_security_group.nlb.id]
  enforce_security_group_inbound_rules_on_private_link_traffic = "off"
  subnets                                                      = aws_subnet.private[*].id
}

# Fargate tasks have their own network interfaces, so they register by IP address.
resource "aws_lb_target_group" "orders" {
  name        = "${var.name}-tasks"
  port        = 80
  protocol    = "TCP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.orders.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.orders.arn
  }
}

# ---- ECS Fargate service ------------------------------------------------------------------------

resource "aws_ecs_cluster" "main" {
  name = var.name
}

# The role the application's own AWS calls would use. nginx makes none, so it has no policy; the
# public image and no log shipping mean no task execution role is needed either.
data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task" {
  name_prefix        = "${var.name}-task-"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_ecs_task_definition" "orders" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name         = "web"
    image        = "public.ecr.aws/nginx/nginx:latest"
    essential    = true
    portMappings = [{ containerPort = 80, protocol = "tcp" }]
  }])
}

resource "aws_ecs_service" "orders" {
  name                               = var.name
  cluster                            = aws_ecs_cluster.main.id
  task_definition                    = aws_ecs_task_definition.orders.arn
  desired_count                      = 2
  launch_type                        = "FARGATE"
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = 60

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.orders.arn
    container_name   = "web"
    container_port   = 80
  }

  # ECS accepts a target group only once a listener uses it.
  depends_on = [aws_lb_listener.tcp]
}

# ---- VPC endpoint service ----------------------------------------------------------------------------

#region endpoint-service
# Requests from an allowed principal's endpoints are accepted without a manual step, since the
# allow list names only the API account.
resource "aws_vpc_endpoint_service" "orders" {
  network_load_balancer_arns = [aws_lb.orders.arn]
  acceptance_required        = false
}

resource "aws_vpc_endpoint_service_allowed_principal" "api_account" {
  vpc_endpoint_service_id = aws_vpc_endpoint_service.orders.id
  principal_arn           = "arn:aws:iam::${var.api_account_id}:root"
}
#endregion

# The consumer's provider_endpoint_service_name.
output "endpoint_service_name" {
  value = aws_vpc_endpoint_service.orders.service_name
}

# Zone names can mean different zones in accounts created before November 2025; zone IDs never
# do. The consumer's subnets must be in these zone IDs.
output "zone_ids" {
  value = aws_subnet.private[*].availability_zone_id
}
