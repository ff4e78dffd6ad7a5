# HTTP API -> VPC link V2 -> AWS Cloud Map service -> ECS Fargate tasks "orders", with no load
# balancer.
#
# The setup of src/samples/cdk/http-api-cloud-map-ecs.ts, resource for resource, in Terraform: a
# VPC across two zones, a private DNS namespace, a Fargate service that registers each task in the
# Cloud Map service "orders", the VPC link and the HTTP API. API Gateway discovers the tasks in
# Cloud Map and connects to them directly through the link.
#
#   terraform init && terraform apply
#   curl "$(terraform output -raw api_url)/index.html"

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
  zones = slice(data.aws_availability_zones.available.names, 0, 2)
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

# ---- Security groups: link -> tasks, port 80 -------------------------------------------------------
# Terraform removes the allow-all outbound rule AWS gives a new group, so each group starts closed
# both ways and holds only the rules below. With no load balancer in between, the tasks admit the
# link's group themselves.

resource "aws_security_group" "vpc_link" {
  name        = "${var.name}-vpc-link"
  description = "ENIs of the API Gateway VPC link for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks"
  description = "Fargate tasks of ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "vpc_link_to_tasks" {
  security_group_id            = aws_security_group.vpc_link.id
  referenced_security_group_id = aws_security_group.tasks.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

resource "aws_vpc_security_group_ingress_rule" "tasks_from_vpc_link" {
  security_group_id            = aws_security_group.tasks.id
  referenced_security_group_id = aws_security_group.vpc_link.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

# The tasks reach out to pull their image.
resource "aws_vpc_security_group_egress_rule" "tasks_all" {
  security_group_id = aws_security_group.tasks.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Allow all outbound traffic"
}

# ---- Cloud Map namespace and service ----------------------------------------------------------------

# A private namespace answers DNS queries inside the VPC only (it needs the VPC's DNS support and
# hostnames, set above).
resource "aws_service_discovery_private_dns_namespace" "orders" {
  name = "${var.name}.internal"
  vpc  = aws_vpc.main.id
}

# SRV records carry each task's port as well as its address: API Gateway needs both. ECS adds and
# removes the instances as tasks start and stop, and reports their health through the custom
# health check. (Recent providers warn that failure_threshold is deprecated: AWS always uses 1.)
resource "aws_service_discovery_service" "orders" {
  name = var.name

  dns_config {
    namespace_id   = aws_service_discovery_private_dns_namespace.orders.id
    routing_policy = "MULTIVALUE"
    dns_records {
      type = "SRV"
      ttl  = 60
    }
  }

  health_check_custom_config {
    failure_threshold = 1
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

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  # ECS registers each task in the Cloud Map service, with the container's port in its SRV record.
  service_registries {
    registry_arn   = aws_service_discovery_service.orders.arn
    container_name = "web"
    container_port = 80
  }
}

# ---- VPC link V2 and HTTP API ----------------------------------------------------------------------

# A Cloud Map integration has no default link: it needs this one. (The provider requires
# security_group_ids here, where the API itself makes them optional.)
resource "aws_apigatewayv2_vpc_link" "orders" {
  name               = "${var.name}-link"
  subnet_ids         = aws_subnet.private[*].id
  security_group_ids = [aws_security_group.vpc_link.id]
}

resource "aws_apigatewayv2_api" "orders" {
  name          = "${var.name}-http-api"
  protocol_type = "HTTP"
}

#region integration
# The integration URI is the Cloud Map *service* ARN. API Gateway asks Cloud Map for the service's
# instances and picks one for each request.
resource "aws_apigatewayv2_integration" "orders" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "HTTP_PROXY"
  integration_method     = "ANY"
  integration_uri        = aws_service_discovery_service.orders.arn
  connection_type        = "VPC_LINK"
  connection_id          = aws_apigatewayv2_vpc_link.orders.id
  payload_format_version = "1.0"
}
#endregion

resource "aws_apigatewayv2_route" "proxy" {
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "ANY /{proxy+}"
  target    = "integrations/${aws_apigatewayv2_integration.orders.id}"
}

# $default is served at the root of the API's URL; auto-deploy publishes every change.
resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "$default"
  auto_deploy = true
}

output "api_url" {
  value = aws_apigatewayv2_api.orders.api_endpoint
}
