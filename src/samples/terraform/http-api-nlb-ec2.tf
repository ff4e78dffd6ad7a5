# HTTP API -> VPC link V2 -> internal Network Load Balancer -> EC2 Auto Scaling group "orders"
# (Amazon Linux 2023 running nginx on port 80).
#
# The setup of src/samples/cdk/http-api-nlb-ec2.ts, resource for resource, in Terraform: a VPC
# across two zones, three security groups chained link -> NLB -> instances on port 80, the
# instances, the NLB, the VPC link and the HTTP API.
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
# The instances run in the private subnets and install nginx from the Amazon Linux repositories
# through the NAT.

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

# ---- Security groups: link -> NLB -> instances, port 80 ------------------------------------------
# Terraform removes the allow-all outbound rule AWS gives a new group, so each group starts closed
# both ways and holds only the rules below.

resource "aws_security_group" "vpc_link" {
  name        = "${var.name}-vpc-link"
  description = "ENIs of the API Gateway VPC link for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "nlb" {
  name        = "${var.name}-nlb"
  description = "Internal NLB for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "instances" {
  name        = "${var.name}-instances"
  description = "EC2 instances of ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "vpc_link_to_nlb" {
  security_group_id            = aws_security_group.vpc_link.id
  referenced_security_group_id = aws_security_group.nlb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

resource "aws_vpc_security_group_ingress_rule" "nlb_from_vpc_link" {
  security_group_id            = aws_security_group.nlb.id
  referenced_security_group_id = aws_security_group.vpc_link.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

resource "aws_vpc_security_group_egress_rule" "nlb_to_instances" {
  security_group_id            = aws_security_group.nlb.id
  referenced_security_group_id = aws_security_group.instances.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} NLB"
}

# Instance targets see the caller's own address (client IP preservation); a rule that names the
# NLB's group still admits that traffic.
resource "aws_vpc_security_group_ingress_rule" "instances_from_nlb" {
  security_group_id            = aws_security_group.instances.id
  referenced_security_group_id = aws_security_group.nlb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} NLB"
}

# The instances reach out to install nginx.
resource "aws_vpc_security_group_egress_rule" "instances_all" {
  security_group_id = aws_security_group.instances.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Allow all outbound traffic"
}

# ---- EC2 instances: launch template and Auto Scaling group ----------------------------------------

# The latest Amazon Linux 2023 image, from the public parameter AWS keeps current. The image ID is
# not a secret, so insecure_value keeps it readable in plans.
data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64"
}

resource "aws_launch_template" "orders" {
  name_prefix            = "${var.name}-"
  image_id               = data.aws_ssm_parameter.al2023.insecure_value
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.instances.id]
  user_data = base64encode(<<-EOT
    #!/bin/bash
    dnf install -y nginx
    systemctl enable --now nginx
  EOT
  )

  # IMDSv2 only.
  metadata_options {
    http_tokens = "required"
  }
}

# The group registers its instances in the NLB's target group as they launch.
resource "aws_autoscaling_group" "orders" {
  name                = var.name
  min_size            = 2
  max_size            = 2
  vpc_zone_identifier = aws_subnet.private[*].id
  target_group_arns   = [aws_lb_target_group.orders.arn]

  launch_template {
    id      = aws_launch_template.orders.id
    version = aws_launch_template.orders.latest_version
  }
}

# ---- Internal NLB, target group and listener ------------------------------------------------------

# An NLB takes security groups only if it has some from the start, so it gets one now.
resource "aws_lb" "orders" {
  name               = "${var.name}-nlb"
  load_balancer_type = "network"
  internal           = true
  security_groups    = [aws_security_group.nlb.id]
  subnets            = aws_subnet.private[*].id
}

resource "aws_lb_target_group" "orders" {
  name        = "${var.name}-instances"
  port        = 80
  protocol    = "TCP"
  target_type = "instance"
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

# ---- VPC link V2 and HTTP API ----------------------------------------------------------------------

# A V2 link is given subnets and security groups, not a load balancer. (The provider requires
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
# Same shape as for an ALB: the integration URI is the NLB *listener* ARN.
resource "aws_apigatewayv2_integration" "orders" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "HTTP_PROXY"
  integration_method     = "ANY"
  integration_uri        = aws_lb_listener.tcp.arn
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
